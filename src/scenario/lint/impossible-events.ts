import { roundOfDate } from './calendar';
import { whyNeverHolds } from './condition-analysis';
import type { LintFinding, LintRule } from './finding';

/** Events whose condition can never hold: they are always averted (dated) or drawn for nothing (context). */
export const impossibleEvents: LintRule = {
  id: 'impossible-event',
  summary: 'An event whose condition can never hold in the rounds it can be drawn or dated in.',
  run(scenario, facts) {
    const findings: LintFinding[] = [];
    const report = (path: (string | number)[], id: string, reason: string, outcome: string) =>
      findings.push({
        rule: this.id,
        severity: 'warning',
        path,
        message: `the condition of event "${id}" can never hold, so it is always ${outcome}: ${reason}`,
      });
    scenario.events.dated.forEach((event, e) => {
      const round = roundOfDate(facts.calendar, event.date);
      if (!event.condition || round === null) return; // outside the calendar: dated-event-outside-calendar says so
      const reason = whyNeverHolds(
        event.condition,
        facts,
        { lo: round, hi: round },
        { collapsedEndsGame: true },
      );
      if (reason) report(['events', 'dated', e, 'condition'], event.id, reason, 'averted');
    });
    scenario.events.context.forEach((event, e) => {
      if (!event.condition) return;
      const rounds = { lo: 1, hi: facts.calendar.rounds };
      const reason = whyNeverHolds(event.condition, facts, rounds, { collapsedEndsGame: true });
      if (reason) report(['events', 'context', e, 'condition'], event.id, reason, 'drawn without effect');
    });
    return findings;
  },
};
