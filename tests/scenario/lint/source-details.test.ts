import { describe, expect, it } from 'vitest';
import { sourceDetails } from '../../../src/scenario/lint/source-details';
import { card, changed, findings, minimalScenario } from './fixture';

describe('source-without-url-or-date', () => {
  it('accepts sources with a date, a url, or both', () => {
    expect(findings(sourceDetails, minimalScenario())).toEqual([]);
    const withUrlOnly = changed((s) => {
      card(s, 'a-talks').source = { title: 'Note', publisher: 'Office', url: 'https://example.org/note' };
    });
    expect(findings(sourceDetails, withUrlOnly)).toEqual([]);
  });

  it('warns on a source with neither', () => {
    const scenario = changed((s) => {
      card(s, 'a-talks').source = { title: 'Note', publisher: 'Office' };
      const calm = s.events.context[0];
      if (calm) calm.source = { title: 'Press', publisher: 'Office' };
    });
    const found = findings(sourceDetails, scenario);
    expect(found.map((f) => f.path)).toEqual([
      ['cards', 0, 'source'],
      ['events', 'context', 0, 'source'],
    ]);
    expect(found[0]?.severity).toBe('warning');
  });
});
