import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { locate, type PathKey } from './locate';
import type { Result, ScenarioProblem } from './problems';
import { checkReferences } from './references';
import { Scenario } from './schema';

/** Files larger than this are refused before parsing: no scenario needs it, and it keeps the page responsive. */
export const MAX_SCENARIO_CHARS = 512 * 1024;
/** YAML aliases may be expanded at most this many times (defends against "billion laughs" files). */
export const MAX_ALIAS_COUNT = 200;

/**
 * Reads a scenario file. Never throws on content: every problem comes back with file:line:column,
 * the path in the document and what to fix.
 */
export function parseScenario(text: string, file: string): Result<Scenario, ScenarioProblem> {
  const at = (line: number, column: number, message: string, path = ''): ScenarioProblem => ({
    file,
    line,
    column,
    path,
    severity: 'error',
    message,
  });
  if (text.length > MAX_SCENARIO_CHARS) {
    return {
      ok: false,
      errors: [
        at(1, 1, `the file has ${text.length} characters; a scenario may have at most ${MAX_SCENARIO_CHARS}`),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
        return at(pos.line, pos.col, `YAML syntax: ${firstLine(error.message)}`);
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [at(1, 1, `the YAML cannot be expanded: ${firstLine(reason)}`)] };
  }
  const parsed = Scenario.safeParse(data);
  const problemAt = (path: readonly PathKey[], message: string, preferKey = false): ScenarioProblem => {
    const { line, column } = locate(doc, lineCounter, path, preferKey);
    return at(line, column, message, path.join('.'));
  };
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.flatMap((issue) => describeIssue(issue, problemAt)) };
  }
  const referenceProblems = checkReferences(parsed.data).map((p) => problemAt(p.path, p.message));
  if (referenceProblems.length > 0) return { ok: false, errors: referenceProblems };
  return { ok: true, value: parsed.data };
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
  return [problemAt(path, issue.message)];
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
