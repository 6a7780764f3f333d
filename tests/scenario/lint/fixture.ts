import { readFileSync } from 'node:fs';
import { scenarioFacts } from '../../../src/scenario/lint/facts';
import type { LintFinding, LintRule } from '../../../src/scenario/lint/finding';
import { parseScenario } from '../../../src/scenario/parse';
import type { Card, Scenario } from '../../../src/scenario/schema';

const MINIMAL = readFileSync('tests/fixtures/scenarios/minimal.yaml', 'utf8');

/** A fresh copy of the clean minimal fixture, for a test to change one thing in. */
export function minimalScenario(): Scenario {
  const parsed = parseScenario(MINIMAL, 'minimal.yaml');
  if (!parsed.ok) throw new Error('the minimal fixture must parse');
  return parsed.value;
}

/** The minimal fixture after `change`, as a rule sees it. */
export function changed(change: (scenario: Scenario) => void): Scenario {
  const scenario = minimalScenario();
  change(scenario);
  return scenario;
}

export function findings(rule: LintRule, scenario: Scenario): LintFinding[] {
  return rule.run(scenario, scenarioFacts(scenario));
}

export function card(scenario: Scenario, id: string): Card {
  const found = scenario.cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id} in the fixture`);
  return found;
}
