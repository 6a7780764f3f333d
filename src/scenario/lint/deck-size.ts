import type { LintFinding, LintRule } from './finding';

/**
 * Decks that play badly: as small as the hand (every card always in hand, nothing is ever drawn)
 * or without a proposal (the delegation can never move an issue). A deck smaller than the hand is
 * already an error of the reference checks.
 */
export const deckSize: LintRule = {
  id: 'deck-size',
  summary: 'A deck no larger than the hand size, or a deck without any proposal.',
  run(scenario) {
    const { handSize } = scenario.rules;
    return scenario.delegations.flatMap((delegation, d): LintFinding[] => {
      const deck = scenario.cards.filter((card) => card.owner === delegation.id);
      const findings: LintFinding[] = [];
      const warn = (message: string) =>
        findings.push({ rule: this.id, severity: 'warning', path: ['delegations', d, 'id'], message });
      if (deck.length === handSize) {
        warn(
          `the deck of "${delegation.id}" has exactly the hand size (${handSize}) in cards: every card is always in hand and nothing is ever drawn`,
        );
      }
      if (deck.length > 0 && !deck.some((card) => card.kind === 'proposal')) {
        warn(
          `the deck of "${delegation.id}" has no proposal: this delegation can never move an issue by an offer`,
        );
      }
      return findings;
    });
  },
};
