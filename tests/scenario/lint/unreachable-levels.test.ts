import { describe, expect, it } from 'vitest';
import { unreachableLevels } from '../../../src/scenario/lint/unreachable-levels';
import { card, changed, findings, minimalScenario } from './fixture';

describe('unreachable-level', () => {
  it('finds nothing when effects can take every track to every level', () => {
    expect(findings(unreachableLevels, minimalScenario())).toEqual([]);
  });

  it('finds a level that every effect jumps over', () => {
    const scenario = changed((s) => {
      for (const id of ['a-talks', 'a-open', 'b-talks']) card(s, id).effects = { issues: { access: 2 } };
    });
    const [finding] = findings(unreachableLevels, scenario);
    expect(finding?.path).toEqual(['issues', 0, 'levels', 1]);
    expect(finding?.message).toContain('level 1 ("Talks") of issue "access" can never be reached');
  });

  it('finds formal levels when the commission can never convene', () => {
    const scenario = changed((s) => {
      card(s, 'a-date').effects = { tension: -1 };
      card(s, 'b-agenda').effects = { tension: -1 };
    });
    const messages = findings(unreachableLevels, scenario).map((f) => f.message);
    expect(messages).toContainEqual(expect.stringContaining('level 2 ("Open") of issue "access"'));
    expect(messages).toContainEqual(expect.stringContaining('no commission session is ever held'));
  });

  it('finds levels below a start that nothing lowers', () => {
    const scenario = changed((s) => {
      const issue = s.issues[0];
      if (issue) issue.start = 1;
    });
    const [finding] = findings(unreachableLevels, scenario);
    expect(finding?.message).toContain('starts at level 1 and no card or event effect lowers it');
  });

  it('follows { to }, { atLeast } and events, not just +1', () => {
    const scenario = changed((s) => {
      s.issues[0]?.levels.push({ label: 'Treaty' });
      const storm = s.events.dated[0];
      if (storm) storm.effects = { issues: { access: { atLeast: 3 } } };
    });
    expect(findings(unreachableLevels, scenario)).toEqual([]);
  });
});
