import type { Scenario } from '../schema';
import { scenarioFacts } from './facts';
import type { LintFinding, LintRule } from './finding';
import { LINT_RULES } from './rules';

/** Runs the deeper checks on a scenario that already parsed (shape and references are sound). */
export function lintScenario(scenario: Scenario, rules: readonly LintRule[] = LINT_RULES): LintFinding[] {
  const facts = scenarioFacts(scenario);
  return rules.flatMap((rule) => rule.run(scenario, facts));
}
