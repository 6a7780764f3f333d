import { dateLabel, monthLabel } from '../dates';
import { roundOfDate } from './calendar';
import type { LintRule } from './finding';

/** Dated events that no round's window holds: they never fire and never show as averted. */
export const datedEventsOutsideCalendar: LintRule = {
  id: 'dated-event-outside-calendar',
  summary: 'A dated event before the first round or in or after the end month: it never fires.',
  run(scenario, facts) {
    const { startMonth, endMonth, rounds } = facts.calendar;
    const lastMonth = rounds > 0 ? startMonth + rounds * facts.calendar.monthsPerRound - 1 : startMonth;
    const span = `the rounds run from ${monthLabel(startMonth)} to the end of ${monthLabel(Math.min(lastMonth, endMonth - 1))}`;
    return scenario.events.dated.flatMap((event, e) =>
      roundOfDate(facts.calendar, event.date) === null
        ? [
            {
              rule: this.id,
              severity: 'warning' as const,
              path: ['events', 'dated', e, 'date'],
              message: `event "${event.id}" is dated ${dateLabel(event.date)}, outside the game, so it never fires: ${span}`,
            },
          ]
        : [],
    );
  },
};
