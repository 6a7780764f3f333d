import type { LintRule } from './finding';

/** A demand whose accept cost no delegation can ever pay: offers carrying it can only be rejected. */
export const unacceptableDemands: LintRule = {
  id: 'unacceptable-demand',
  summary:
    'A demand whose acceptCost is above the capital ceiling, so offers carrying it can never be accepted.',
  run(scenario) {
    const ceiling = scenario.rules.capitalMax;
    return scenario.cards.flatMap((card, c) =>
      card.kind === 'demand' && card.acceptCost > ceiling
        ? [
            {
              rule: this.id,
              severity: 'warning' as const,
              path: ['cards', c, 'acceptCost'],
              message: `demand "${card.id}" asks ${card.acceptCost} capital to accept, and capital never exceeds ${ceiling}: offers carrying it can only be rejected`,
            },
          ]
        : [],
    );
  },
};
