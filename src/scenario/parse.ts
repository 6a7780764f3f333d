import { type Document, isAlias, LineCounter, parseDocument, visit } from 'yaml';
import type * as z from 'zod/mini';
import { locate, type PathKey } from './locate';
import type { Result, ScenarioProblem } from './problems';
import { checkReferences } from './references';
import { Scenario } from './schema';

/** Files larger than this are refused before parsing: no scenario needs it, and it keeps the page responsive. */
export const MAX_SCENARIO_CHARS = 512 * 1024;
/** YAML aliases may be expanded at most this many times (defends against "billion laughs" files). */
export const MAX_ALIAS_COUNT = 200;
/** Deeper nesting than this is refused: real scenarios need about 12 levels, and deep input exhausts the stack. */
export const MAX_NESTING_DEPTH = 64;

/** Where a document path sits in the source: what deeper checks use to point at a line. */
export type Locator = (path: readonly PathKey[], preferKey?: boolean) => { line: number; column: number };

/** The parse result together with a locator over the same source text. */
export interface ParsedSource {
  result: Result<Scenario, ScenarioProblem>;
  locate: Locator;
}

/**
 * Reads a scenario file. Never throws on content: every problem comes back with file:line:column,
 * the path in the document and what to fix.
 */
export function parseScenario(text: string, file: string): Result<Scenario, ScenarioProblem> {
  return parseScenarioWithSource(text, file).result;
}

/** Like parseScenario, and also returns a locator so that later checks can report lines too. */
export function parseScenarioWithSource(text: string, file: string): ParsedSource {
  const at = (line: number, column: number, message: string, path = ''): ScenarioProblem => ({
    file,
    line,
    column,
    path,
    severity: 'error',
    message,
  });
  const startOfFile: Locator = () => ({ line: 1, column: 1 });
  const fail = (errors: ScenarioProblem[], locator = startOfFile): ParsedSource => ({
    result: { ok: false, errors },
    locate: locator,
  });
  if (text.length > MAX_SCENARIO_CHARS) {
    return fail([
      at(1, 1, `the file has ${text.length} characters; a scenario may have at most ${MAX_SCENARIO_CHARS}`),
    ]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locator: Locator = (path, preferKey = false) => locate(doc, lineCounter, path, preferKey);
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return fail(
      doc.errors.map((error) => {
        const { line, column } = position(error.pos[0]);
        return at(line, column, syntaxMessage(error.message));
      }),
      locator,
    );
  }
  const unresolved = unresolvedAliases(doc);
  if (unresolved.length > 0) {
    return fail(
      unresolved.map(({ name, offset }) => {
        const { line, column } = position(offset);
        return at(line, column, `YAML alias "*${name}" has no anchor "&${name}" above it`);
      }),
      locator,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return fail([at(1, 1, expansionMessage(error))], locator);
  }
  const tooDeep = pathDeeperThan(data, MAX_NESTING_DEPTH);
  if (tooDeep) {
    const { line, column } = locator(tooDeep);
    const message = `the file nests more than ${MAX_NESTING_DEPTH} levels deep here; a scenario needs far fewer`;
    return fail([at(line, column, message, tooDeep.join('.'))], locator);
  }
  if (data === null || data === undefined) {
    return fail(
      [at(1, 1, 'the file is empty: a scenario is a YAML mapping that starts with "id: …"')],
      locator,
    );
  }
  const problemAt = (path: readonly PathKey[], message: string, preferKey = false): ScenarioProblem => {
    const { line, column } = locator(path, preferKey);
    return at(line, column, message, path.join('.'));
  };
  const parsed = Scenario.safeParse(data);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.flatMap((issue) => describeIssue(issue, problemAt)),
      locator,
    );
  }
  const referenceProblems = checkReferences(parsed.data).map((p) => problemAt(p.path, p.message, p.atKey));
  if (referenceProblems.length > 0) return fail(referenceProblems, locator);
  return { result: { ok: true, value: parsed.data }, locate: locator };
}

type ProblemAt = (path: readonly PathKey[], message: string, preferKey?: boolean) => ScenarioProblem;

function describeIssue(issue: z.core.$ZodIssue, problemAt: ProblemAt): ScenarioProblem[] {
  const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      problemAt([...path, key], `unknown key "${key}": check its spelling against the scenario format`, true),
    );
  }
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    const key = path[path.length - 1];
    return [problemAt(path, `missing required key "${String(key)}" (${issue.expected} expected)`)];
  }
  return [problemAt(path, plainMessage(issue))];
}

/** zod's messages, reworded for designers who are not programmers; custom messages pass through. */
function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return limitMessage(issue.origin, 'at most', issue.maximum, issue.exact) ?? issue.message;
    case 'too_small':
      return limitMessage(issue.origin, 'at least', issue.minimum, issue.exact) ?? issue.message;
    case 'invalid_type':
      return issue.expected === 'int' ? 'must be a whole number' : issue.message;
    case 'invalid_union':
      return unionMessage(issue.errors);
    case 'invalid_format':
      return issue.format === 'url' ? 'not a web address: write it in full, like "https://…"' : issue.message;
    default:
      return issue.message;
  }
}

function limitMessage(
  origin: string,
  bound: 'at most' | 'at least',
  limit: number | bigint,
  exact: boolean | undefined,
): string | undefined {
  const amount = exact ? `exactly ${limit}` : `${bound} ${limit}`;
  if (origin === 'number' || origin === 'int') return `must be ${amount}`;
  if (origin === 'string') {
    return bound === 'at least' && Number(limit) === 1
      ? 'must not be empty'
      : `must have ${amount} characters`;
  }
  if (origin === 'array') return `must have ${amount} item${Number(limit) === 1 ? '' : 's'}`;
  return undefined;
}

/** A union (a level change) failed every form: say which forms are allowed. */
function unionMessage(branches: readonly (readonly z.core.$ZodIssue[])[]): string {
  const expected = branches.flatMap((issues) =>
    issues.flatMap((issue) =>
      issue.code === 'invalid_type' && issue.path.length === 0 ? [issue.expected] : [],
    ),
  );
  if (expected.includes('number') && expected.includes('object')) {
    return 'a change is written +1 or -1 (adds), { to: 2 } (sets), { atMost: 1 } or { atLeast: 2 } (clamps)';
  }
  const first = branches.flat()[0];
  return first ? plainMessage(first) : 'this value has the wrong form';
}

/** Aliases whose anchor is missing: found before expansion so that each can be pointed at. */
function unresolvedAliases(doc: Document): { name: string; offset: number }[] {
  const found: { name: string; offset: number }[] = [];
  visit(doc, {
    Alias(_key, alias) {
      if (isAlias(alias) && alias.resolve(doc) === undefined) {
        found.push({ name: alias.source, offset: alias.range?.[0] ?? 0 });
      }
    },
  });
  return found;
}

/** The first path that goes deeper than `limit` levels, found without recursion (the input may be hostile). */
function pathDeeperThan(data: unknown, limit: number): PathKey[] | null {
  const stack: { value: unknown; path: PathKey[] }[] = [{ value: data, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path } = item;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= limit) return path;
    const entries: [PathKey, unknown][] = Array.isArray(value)
      ? value.map((child, i): [PathKey, unknown] => [i, child])
      : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, path: [...path, key] });
  }
  return null;
}

function syntaxMessage(message: string): string {
  if (/call stack/i.test(message)) return 'the YAML is nested too deeply to read';
  return `YAML syntax: ${firstLine(message)}`;
}

function expansionMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (/alias count/i.test(reason)) {
    return `the YAML expands aliases (*name) too often: a scenario may expand at most ${MAX_ALIAS_COUNT}; write the repeated parts out`;
  }
  return `the YAML cannot be expanded: ${firstLine(reason)}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
