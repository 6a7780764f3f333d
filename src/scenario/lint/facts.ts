/**
 * What can happen at all in a scenario, computed once for every rule: the rounds, the levels each
 * track can reach, whether a commission session can ever be convened, which events can never fire.
 */
import type { Scenario } from '../schema';
import { type RoundCalendar, roundCalendar, roundOfDate } from './calendar';
import { whyNeverHolds } from './condition-analysis';
import { type EffectSource, effectSources } from './effect-sources';
import { reachableLevels, type TrackChange } from './reach';

export interface ScenarioFacts {
  calendar: RoundCalendar;
  /** The gauges' ceilings (all gauges start at 0). */
  limits: { tensionMax: number; capitalMax: number; pressureMax: number };
  commissionLevels: ReadonlySet<number>;
  /** The commission track can reach its top level, so sessions happen. */
  sessionPossible: boolean;
  issueLevels: ReadonlyMap<string, ReadonlySet<number>>;
  /** Events that can never fire: their condition never holds, or (dated) no round holds their date. */
  deadEvents: ReadonlySet<string>;
}

export function scenarioFacts(scenario: Scenario): ScenarioFacts {
  const calendar = roundCalendar(scenario.calendar);
  const sources = effectSources(scenario);
  const { levels: commissionLevels, sessionPossible } = commissionReach(scenario, sources);
  const usable = sources.filter((source) => sessionPossible || !source.sessionOnly);
  const issueLevels = new Map(
    scenario.issues.map((issue) => {
      const offerCeiling =
        sessionPossible || issue.formalFrom === undefined ? Infinity : issue.formalFrom - 1;
      const changes = usable.flatMap((source): TrackChange[] => {
        const change = source.effect.issues?.[issue.id];
        if (change === undefined) return [];
        return [{ change, ceiling: source.origin === 'offer' ? offerCeiling : Infinity }];
      });
      return [issue.id, reachableLevels(issue.start, issue.levels.length, changes)] as const;
    }),
  );
  const { tensionMax, capitalMax, pressureMax } = scenario.rules;
  const base: ScenarioFacts = {
    calendar,
    limits: { tensionMax, capitalMax, pressureMax },
    commissionLevels,
    sessionPossible,
    issueLevels,
    deadEvents: new Set(),
  };
  return { ...base, deadEvents: deadEvents(scenario, base) };
}

function commissionReach(scenario: Scenario, sources: EffectSource[]) {
  const { commission } = scenario;
  const top = commission.levels.length - 1;
  const reach = (withSessions: boolean, start: number) => {
    const changes = sources
      .filter((source) => withSessions || !source.sessionOnly)
      .flatMap((source): TrackChange[] =>
        source.effect.commission === undefined
          ? []
          : [{ change: source.effect.commission, ceiling: Infinity }],
      );
    return reachableLevels(start, commission.levels.length, changes);
  };
  const withoutSessions = reach(false, commission.start);
  if (!withoutSessions.has(top)) return { levels: withoutSessions, sessionPossible: false };
  // After a session the track returns to 0, and session-only effects come into play.
  const levels = new Set([...reach(true, commission.start), ...reach(true, 0)]);
  return { levels, sessionPossible: true };
}

function deadEvents(scenario: Scenario, facts: ScenarioFacts): Set<string> {
  const dead = new Set<string>();
  for (const event of scenario.events.dated) {
    const round = roundOfDate(facts.calendar, event.date);
    if (round === null) dead.add(event.id);
    else if (event.condition && whyNeverHolds(event.condition, facts, { lo: round, hi: round })) {
      dead.add(event.id);
    }
  }
  for (const event of scenario.events.context) {
    const rounds = { lo: 1, hi: facts.calendar.rounds };
    if (event.condition && whyNeverHolds(event.condition, facts, rounds)) dead.add(event.id);
  }
  return dead;
}
