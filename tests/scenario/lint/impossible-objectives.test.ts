import { describe, expect, it } from 'vitest';
import { impossibleObjectives } from '../../../src/scenario/lint/impossible-objectives';
import { changed, findings, minimalScenario } from './fixture';

describe('impossible-objective', () => {
  it('finds nothing when every goal can be met in time', () => {
    expect(findings(impossibleObjectives, minimalScenario())).toEqual([]);
  });

  it('finds a deadline that is not after the start', () => {
    const scenario = changed((s) => {
      const goal = s.objectives[0];
      if (goal) goal.deadline = '2030-01';
    });
    const [finding] = findings(impossibleObjectives, scenario);
    expect(finding?.severity).toBe('error');
    expect(finding?.path).toEqual(['objectives', 0, 'deadline']);
    expect(finding?.message).toContain('its deadline Jan 2030 is not after the first round (Jan 2030)');
  });

  it('finds a goal level that nothing can reach', () => {
    const scenario = changed((s) => {
      for (const card of s.cards)
        if (card.kind === 'proposal') card.effects = { issues: { access: { atMost: 1 } } };
    });
    const [finding] = findings(impossibleObjectives, scenario);
    expect(finding?.path).toEqual(['objectives', 0, 'goal']);
    expect(finding?.message).toContain('issue "access" is never at least 2');
  });

  it('finds a goal that must hold in rounds the deadline excludes', () => {
    const scenario = changed((s) => {
      const goal = s.objectives[1];
      if (goal) {
        goal.deadline = '2030-07';
        goal.goal = { round: { atLeast: 4 } };
      }
    });
    expect(findings(impossibleObjectives, scenario)[0]?.message).toContain('before the deadline');
  });

  it('finds a session goal when no session can ever be convened', () => {
    const scenario = changed((s) => {
      for (const card of s.cards) if (card.kind === 'gesture') card.effects = { tension: -1 };
    });
    const messages = findings(impossibleObjectives, scenario).map((f) => f.message);
    expect(messages).toContainEqual(
      expect.stringContaining('the number of sessions held is never at least 1'),
    );
  });
});
