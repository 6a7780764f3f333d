import type { LintRule } from './finding';

/** Objectives in the pool that no delegation lists: nobody is ever dealt them. */
export const undealtObjectives: LintRule = {
  id: 'undealt-objective',
  summary: 'An objective that no delegation lists in its objectives, so it is never dealt.',
  run(scenario) {
    const dealt = new Set(scenario.delegations.flatMap((delegation) => delegation.objectives));
    return scenario.objectives.flatMap((objective, o) =>
      dealt.has(objective.id)
        ? []
        : [
            {
              rule: this.id,
              severity: 'warning' as const,
              path: ['objectives', o, 'id'],
              message: `objective "${objective.id}" is in no delegation's objectives list, so it is never dealt`,
            },
          ],
    );
  },
};
