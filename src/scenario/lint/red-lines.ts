import type { Card, RedLine } from '../schema';
import { whyNeverHolds } from './condition-analysis';
import type { ScenarioFacts } from './facts';
import type { LintFinding, LintRule } from './finding';

/** A persona whose red lines, always in force, refuse every proposal the other side has: the AI never says yes. */
export const redLinesRefuseEverything: LintRule = {
  id: 'red-lines-refuse-everything',
  summary: "An AI persona whose red lines refuse every proposal in the other delegation's deck.",
  run(scenario, facts) {
    return scenario.delegations.flatMap((delegation, d): LintFinding[] => {
      const offers = scenario.cards.filter(
        (card) => card.owner !== delegation.id && card.kind === 'proposal',
      );
      const standing = delegation.persona.redLines.filter((line) => alwaysInForce(line, facts));
      if (offers.length === 0 || standing.length === 0) return [];
      if (!offers.every((proposal) => standing.some((line) => refuses(line, proposal)))) return [];
      return [
        {
          rule: this.id,
          severity: 'warning',
          path: ['delegations', d, 'persona', 'redLines'],
          message: `the red lines of "${delegation.id}" refuse all ${offers.length} proposals of the other delegation, and nothing ever lifts them: its AI can never accept an offer`,
        },
      ];
    });
  },
};

function alwaysInForce(line: RedLine, facts: ScenarioFacts): boolean {
  if (!line.unless) return true;
  return whyNeverHolds(line.unless, facts, { lo: 1, hi: facts.calendar.rounds }) !== null;
}

function refuses(line: RedLine, proposal: Card): boolean {
  const moved = Object.keys(proposal.effects.issues ?? {});
  return (
    (line.refuse.issues ?? []).some((issue) => moved.includes(issue)) ||
    (line.refuse.cards ?? []).includes(proposal.id)
  );
}
