/** A problem found in a scenario file, located so that a designer can go straight to it. */
export interface ScenarioProblem {
  file: string;
  line: number;
  column: number;
  /** Path in the document, e.g. "cards.3.effects.issues.inspections". Empty for the whole file. */
  path: string;
  severity: 'error' | 'warning';
  message: string;
  /** The deeper check that found it (scenario/lint); absent for parse, shape and reference problems. */
  rule?: string;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E[] };

/** `file:line:column: error: message (path)`, the form editors and terminals link. */
export function formatProblem(problem: ScenarioProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const path = problem.path ? ` (${problem.path})` : '';
  return `${where}: ${problem.severity}: ${problem.message}${path}`;
}
