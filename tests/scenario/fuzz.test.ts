/**
 * The checker meets hostile and broken files: mutated built-in scenarios (deleted keys, wrong types,
 * huge numbers, deep nesting, very long strings, invalid UTF-8, alias bombs, flipped bytes, cut-off
 * files). Every one must be answered with located messages: no exception, no hang.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkScenarioText } from '../../src/scenario/lint/check';
import { MAX_ALIAS_COUNT, MAX_SCENARIO_CHARS } from '../../src/scenario/parse';
import type { ScenarioProblem } from '../../src/scenario/problems';

const FILES = readdirSync('scenarios').filter((name) => name.endsWith('.yaml'));
const TEXTS = FILES.map((file) => readFileSync(`scenarios/${file}`, 'utf8'));
const DATA: unknown[] = TEXTS.map((text) => parse(text));
/** Generous, because the test machine is shared; a real hang takes far longer. */
const MAX_MS_PER_FILE = 5000;

/** Checks one text and asserts the answer is well-formed: located messages, in time, no throw. */
function expectAnswered(text: string): ScenarioProblem[] {
  const started = performance.now();
  const problems = checkScenarioText(text, 'fuzzed.yaml');
  expect(performance.now() - started).toBeLessThan(MAX_MS_PER_FILE);
  expect(Array.isArray(problems)).toBe(true);
  for (const problem of problems) {
    expect(problem.file).toBe('fuzzed.yaml');
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(['error', 'warning']).toContain(problem.severity);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message).not.toContain('the deeper checks stopped');
  }
  return problems;
}

type Path = (string | number)[];

/** Every path in a value, without recursion. */
function pathsOf(value: unknown): Path[] {
  const paths: Path[] = [];
  const stack: { node: unknown; path: Path }[] = [{ node: value, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    paths.push(item.path);
    const { node, path } = item;
    if (node === null || typeof node !== 'object') continue;
    const entries = Array.isArray(node) ? node.map((child, i) => [i, child] as const) : Object.entries(node);
    for (const [key, child] of entries) stack.push({ node: child, path: [...path, key] });
  }
  return paths;
}

type Mutation = { kind: 'delete' } | { kind: 'replace'; value: unknown };

/** A copy of `data` with the value at `path` deleted or replaced (the root can only be replaced). */
function mutated(data: unknown, path: Path, mutation: Mutation): unknown {
  if (path.length === 0) return mutation.kind === 'delete' ? null : mutation.value;
  const copy: unknown = structuredClone(data);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = mutation.value;
  return copy;
}

const nested = (depth: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { not: value };
  return value;
};

const wrongValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
  fc.constantFrom(1e308, -1e308, 2 ** 53, -(2 ** 63), 1e-300, Number.POSITIVE_INFINITY, Number.NaN, -0),
  fc.integer({ min: 2, max: 300 }).map((depth) => nested(depth, 1)),
  fc.integer({ min: 1_000, max: MAX_SCENARIO_CHARS + 10_000 }).map((length) => 'x'.repeat(length)),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  wrongValue.map((value): Mutation => ({ kind: 'replace', value })),
);

const INVALID_UTF8 = [
  [0xff],
  [0xc3, 0x28],
  [0xed, 0xa0, 0x80],
  [0xf0, 0x28, 0x8c, 0x28],
  [0x80],
  [0xe2, 0x82],
];

function withBytes(text: string, edits: { at: number; bytes: number[] }[]): string {
  const bytes = Array.from(new TextEncoder().encode(text));
  for (const { at, bytes: inserted } of edits) bytes.splice(at % (bytes.length + 1), 1, ...inserted);
  return new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(bytes));
}

function aliasBomb(width: number, depth: number): string {
  const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let level = 1; level < depth; level++) {
    lines.push(
      `l${level}: &l${level} [${Array(width)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  }
  return lines.join('\n');
}

const fileIndex = fc.nat({ max: FILES.length - 1 });

describe('the checker answers every mutated scenario', () => {
  it('survives deleted keys, wrong types, huge numbers, deep nesting and long strings', () => {
    fc.assert(
      fc.property(fileIndex, fc.nat(), mutation, (file, pick, change) => {
        const data = DATA[file];
        const paths = pathsOf(data);
        const path = paths[pick % paths.length] as Path;
        const text = stringify(mutated(data, path, change), { aliasDuplicateObjects: false });
        expectAnswered(text);
      }),
      { numRuns: 30, seed: 20221128 },
    );
  }, 20_000);

  it('survives random byte flips and invalid UTF-8 decoded with TextDecoder', () => {
    const edit = fc.record({
      at: fc.nat(),
      bytes: fc.oneof(
        fc.constantFrom(...INVALID_UTF8),
        fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 3 }),
      ),
    });
    fc.assert(
      fc.property(fileIndex, fc.array(edit, { minLength: 1, maxLength: 8 }), (file, edits) => {
        expectAnswered(withBytes(TEXTS[file] as string, edits));
      }),
      { numRuns: 30, seed: 20230221 },
    );
  }, 20_000);

  it('survives files cut off anywhere', () => {
    fc.assert(
      fc.property(fileIndex, fc.double({ min: 0, max: 1, noNaN: true }), (file, fraction) => {
        const text = TEXTS[file] as string;
        expectAnswered(text.slice(0, Math.floor(text.length * fraction)));
      }),
      { numRuns: 15, seed: 20230601 },
    );
  });

  it('refuses alias bombs, inside a scenario or alone, with a clear message', () => {
    fc.assert(
      fc.property(
        fileIndex,
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 2, max: 9 }),
        fc.boolean(),
        (file, width, depth, alone) => {
          const bomb = aliasBomb(width, depth);
          const text = alone ? bomb : `${TEXTS[file]}\nx-bomb:\n${bomb.replace(/^/gm, '  ')}\n`;
          const problems = expectAnswered(text);
          expect(problems.some((p) => p.severity === 'error')).toBe(true);
          if (width ** (depth - 1) > MAX_ALIAS_COUNT) {
            expect(problems.map((p) => p.message).join('\n')).toContain(
              `a scenario may expand at most ${MAX_ALIAS_COUNT}`,
            );
          }
        },
      ),
      { numRuns: 12, seed: 20251005 },
    );
  });

  it('refuses a file over the size limit before reading it', () => {
    const huge = `${TEXTS[0]}\n#${' padding'.repeat(MAX_SCENARIO_CHARS / 8)}\n`;
    const [problem] = expectAnswered(huge);
    expect(problem?.message).toBe(
      `the file has ${huge.length} characters; a scenario may have at most ${MAX_SCENARIO_CHARS}`,
    );
  });
});
