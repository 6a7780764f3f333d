import { describe, expect, it } from 'vitest';
import { impossibleEvents } from '../../../src/scenario/lint/impossible-events';
import { changed, findings, minimalScenario } from './fixture';

describe('impossible-event', () => {
  it('finds nothing when every condition can hold', () => {
    expect(findings(impossibleEvents, minimalScenario())).toEqual([]);
  });

  it('finds a dated event whose range lies outside the gauge', () => {
    const scenario = changed((s) => {
      const storm = s.events.dated[0];
      if (storm) storm.condition = { tension: { atLeast: 11 } };
    });
    const [finding] = findings(impossibleEvents, scenario);
    expect(finding?.path).toEqual(['events', 'dated', 0, 'condition']);
    expect(finding?.message).toContain('event "storm" can never hold, so it is always averted');
    expect(finding?.message).toContain('the tension is never at least 11: it is always 0 to 10');
  });

  it('finds contradictory atLeast > atMost', () => {
    const scenario = changed((s) => {
      const calm = s.events.context[0];
      if (calm) calm.condition = { issues: { access: { atLeast: 2, atMost: 1 } } };
    });
    expect(findings(impossibleEvents, scenario)[0]?.message).toContain('drawn without effect');
  });

  it("judges a dated event's round by its date", () => {
    const scenario = changed((s) => {
      const storm = s.events.dated[0];
      if (storm) storm.condition = { round: { atLeast: 3 } }; // it is dated Apr 2030: round 2
    });
    expect(findings(impossibleEvents, scenario)[0]?.message).toContain(
      'the round is never at least 3: it is always 2',
    );
  });

  it('finds an event that needs another event that can never fire', () => {
    const scenario = changed((s) => {
      const storm = s.events.dated[0];
      const calm = s.events.context[0];
      if (storm) storm.condition = { tension: { atLeast: 4, atMost: 3 } };
      if (calm) calm.condition = { fired: ['storm'] };
    });
    const messages = findings(impossibleEvents, scenario).map((f) => f.message);
    expect(messages).toContainEqual(expect.stringContaining('event "storm" can never fire'));
  });
});
