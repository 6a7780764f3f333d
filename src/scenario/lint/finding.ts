import type { PathKey } from '../locate';
import type { Scenario } from '../schema';
import type { ScenarioFacts } from './facts';

/** What a deeper check reports: a path in the document (located later), how bad, and what to do. */
export interface LintFinding {
  rule: string;
  severity: 'error' | 'warning';
  path: PathKey[];
  message: string;
}

/**
 * One deeper check. Errors are promises the game can never keep (an objective nobody can meet, a
 * card that can never leave a hand); warnings are probably mistakes worth a look.
 */
export interface LintRule {
  id: string;
  /** One sentence for the docs and `--format json` consumers. */
  summary: string;
  run(scenario: Scenario, facts: ScenarioFacts): LintFinding[];
}
