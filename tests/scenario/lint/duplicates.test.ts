import { describe, expect, it } from 'vitest';
import { duplicates } from '../../../src/scenario/lint/duplicates';
import { card, changed, findings, minimalScenario } from './fixture';

describe('duplicate', () => {
  it('finds nothing when names are distinct', () => {
    const scenario = changed((s) => {
      s.glossary = [
        { term: 'Access', definition: 'Being let in.' },
        { term: 'Commission', definition: 'The joint body.' },
      ];
    });
    expect(findings(duplicates, minimalScenario())).toEqual([]);
    expect(findings(duplicates, scenario)).toEqual([]);
  });

  it('finds a glossary term defined twice (ignoring case)', () => {
    const scenario = changed((s) => {
      s.glossary = [
        { term: 'Access', definition: 'Being let in.' },
        { term: 'access ', definition: 'Again.' },
      ];
    });
    const [finding] = findings(duplicates, scenario);
    expect(finding?.path).toEqual(['glossary', 1, 'term']);
    expect(finding?.message).toContain('already defined at entry 1');
  });

  it('finds two red lines with one id, and two cards with one title in a deck', () => {
    const scenario = changed((s) => {
      const alpha = s.delegations[0];
      const line = { id: 'no', text: 'No.', refuse: { cards: ['b-fee'] } };
      if (alpha) alpha.persona.redLines = [line, { ...line }];
      card(s, 'a-open').title = 'Open talks';
    });
    const paths = findings(duplicates, scenario).map((f) => f.path);
    expect(paths).toEqual([
      ['delegations', 0, 'persona', 'redLines', 1, 'id'],
      ['cards', 1, 'title'],
    ]);
  });
});
