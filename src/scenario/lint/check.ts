import { parseScenarioWithSource } from '../parse';
import type { ScenarioProblem } from '../problems';
import type { LintFinding } from './finding';
import { lintScenario } from './lint-scenario';

/**
 * Everything the checker says about one file: parse, shape and reference errors, or, when the file
 * loads, the deeper findings, each located at its line. Sorted by position in the file.
 */
export function checkScenarioText(text: string, file: string): ScenarioProblem[] {
  const { result, locate } = parseScenarioWithSource(text, file);
  if (!result.ok) return result.errors;
  let findings: LintFinding[];
  try {
    findings = lintScenario(result.value);
  } catch (error) {
    // A bug in a deeper check must not hide the file from its designer: say so, and carry on.
    const reason = error instanceof Error ? error.message : String(error);
    findings = [
      { rule: 'checker', severity: 'warning', path: [], message: `the deeper checks stopped: ${reason}` },
    ];
  }
  const problems = findings.map((finding): ScenarioProblem => {
    const { line, column } = locate(finding.path);
    return {
      file,
      line,
      column,
      path: finding.path.join('.'),
      severity: finding.severity,
      message: finding.message,
      rule: finding.rule,
    };
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

export function hasErrors(problems: readonly ScenarioProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
