import type { PathKey } from '../locate';
import type { LintFinding, LintRule } from './finding';

/**
 * Repeats the reference checks do not cover (they already refuse duplicated ids of delegations,
 * issues, cards, events and objectives): glossary terms, red-line ids, card titles in one deck.
 */
export const duplicates: LintRule = {
  id: 'duplicate',
  summary: 'A glossary term, a red-line id of one persona or a card title in one deck used twice.',
  run(scenario) {
    const findings: LintFinding[] = [];
    const report = (path: PathKey[], message: string) =>
      findings.push({ rule: this.id, severity: 'warning', path, message });
    repeats(scenario.glossary.map((entry) => entry.term.trim().toLowerCase())).forEach(([i, first]) => {
      report(
        ['glossary', i, 'term'],
        `glossary term "${scenario.glossary[i]?.term}" is already defined at entry ${first + 1}`,
      );
    });
    scenario.delegations.forEach((delegation, d) => {
      const lines = delegation.persona.redLines;
      repeats(lines.map((line) => line.id)).forEach(([i]) => {
        report(
          ['delegations', d, 'persona', 'redLines', i, 'id'],
          `red line id "${lines[i]?.id}" is used twice in this persona`,
        );
      });
      const deck = scenario.cards
        .map((card, c) => ({ card, c }))
        .filter(({ card }) => card.owner === delegation.id);
      repeats(deck.map(({ card }) => card.title.trim().toLowerCase())).forEach(([i]) => {
        const entry = deck[i];
        if (entry)
          report(
            ['cards', entry.c, 'title'],
            `two cards in the deck of "${delegation.id}" are titled "${entry.card.title}": players cannot tell them apart`,
          );
      });
    });
    return findings;
  },
};

/** [index, index of the first occurrence] for every value seen before. */
function repeats(values: readonly string[]): [number, number][] {
  const first = new Map<string, number>();
  const found: [number, number][] = [];
  values.forEach((value, i) => {
    const seen = first.get(value);
    if (seen === undefined) first.set(value, i);
    else found.push([i, seen]);
  });
  return found;
}
