import { describe, expect, it } from 'vitest';
import { datedEventsOutsideCalendar } from '../../../src/scenario/lint/dated-events-calendar';
import { changed, findings, minimalScenario } from './fixture';

const dated = (date: string) =>
  changed((s) => {
    const storm = s.events.dated[0];
    if (storm) storm.date = date;
  });

describe('dated-event-outside-calendar', () => {
  it('finds nothing for events inside the rounds, first and last month included', () => {
    expect(findings(datedEventsOutsideCalendar, minimalScenario())).toEqual([]);
    expect(findings(datedEventsOutsideCalendar, dated('2030-01-01'))).toEqual([]);
    expect(findings(datedEventsOutsideCalendar, dated('2030-12-31'))).toEqual([]);
  });

  it('finds an event dated before the start', () => {
    const [finding] = findings(datedEventsOutsideCalendar, dated('2029-12-20'));
    expect(finding?.path).toEqual(['events', 'dated', 0, 'date']);
    expect(finding?.message).toBe(
      'event "storm" is dated 20 Dec 2029, outside the game, so it never fires: the rounds run from Jan 2030 to the end of Dec 2030',
    );
  });

  it('finds an event dated in the end month (no round starts then)', () => {
    expect(findings(datedEventsOutsideCalendar, dated('2031-01'))).toHaveLength(1);
  });
});
