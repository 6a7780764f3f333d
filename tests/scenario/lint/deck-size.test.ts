import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deckSize } from '../../../src/scenario/lint/deck-size';
import { parseScenario } from '../../../src/scenario/parse';
import { changed, findings, minimalScenario } from './fixture';

describe('deck-size', () => {
  it('finds nothing when decks are larger than the hand and hold proposals', () => {
    expect(findings(deckSize, minimalScenario())).toEqual([]);
  });

  it('warns when a deck is exactly the hand size', () => {
    const scenario = changed((s) => {
      s.rules.handSize = 3;
    });
    const found = findings(deckSize, scenario);
    expect(found).toHaveLength(2);
    expect(found[0]?.message).toContain('every card is always in hand');
  });

  it('warns when a deck has no proposal', () => {
    const scenario = changed((s) => {
      s.cards = s.cards.filter((card) => !(card.owner === 'b' && card.kind === 'proposal'));
      s.rules.handSize = 1;
    });
    const [finding] = findings(deckSize, scenario);
    expect(finding?.path).toEqual(['delegations', 1, 'id']);
    expect(finding?.message).toContain('the deck of "b" has no proposal');
  });

  it('leaves a deck smaller than the hand to the reference checks, which refuse the file', () => {
    const text = readFileSync('tests/fixtures/scenarios/minimal.yaml', 'utf8').replace(
      'handSize: 2',
      'handSize: 4',
    );
    const parsed = parseScenario(text, 'minimal.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors[0]?.message).toBe('the deck of "a" has 3 cards, fewer than the hand size of 4');
    }
  });
});
