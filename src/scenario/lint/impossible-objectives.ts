import { dateLabel, monthLabel } from '../dates';
import type { Objective } from '../schema';
import { lastRoundBefore } from './calendar';
import { whyNeverHolds } from './condition-analysis';
import type { ScenarioFacts } from './facts';
import type { LintFinding, LintRule } from './finding';

/** Objectives that no sequence of play can meet: a player dealt one has lost those points already. */
export const impossibleObjectives: LintRule = {
  id: 'impossible-objective',
  summary: 'An objective whose deadline is not after the start, or whose goal can never hold in time.',
  run(scenario, facts) {
    return scenario.objectives.flatMap((objective, o): LintFinding[] => {
      const found = whyImpossible(objective, facts);
      if (!found) return [];
      return [
        {
          rule: this.id,
          severity: 'error',
          path: ['objectives', o, found.key],
          message: `objective "${objective.id}" can never be met: ${found.reason}`,
        },
      ];
    });
  },
};

function whyImpossible(objective: Objective, facts: ScenarioFacts): { key: string; reason: string } | null {
  let lastRound = facts.calendar.rounds;
  if (objective.deadline !== undefined) {
    lastRound = lastRoundBefore(facts.calendar, objective.deadline);
    if (lastRound < 1) {
      const start = monthLabel(facts.calendar.startMonth);
      return {
        key: 'deadline',
        reason: `its deadline ${dateLabel(objective.deadline)} is not after the first round (${start})`,
      };
    }
  }
  const reason = whyNeverHolds(objective.goal, facts, { lo: 1, hi: lastRound });
  return reason
    ? {
        key: 'goal',
        reason: `its goal never holds${objective.deadline ? ' before the deadline' : ''}: ${reason}`,
      }
    : null;
}
