import { monthIndex } from '../scenario/dates';
import type {
  Card,
  Condition,
  ContextEvent,
  DatedEvent,
  Effect,
  Objective,
  Scenario,
} from '../scenario/schema';
import { countRounds } from './calendar';
import type { CompiledScenario } from './types';

/** Builds the lookups once per scenario, so rule functions never search lists. */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const { start, end, monthsPerRound } = scenario.calendar;
  const startMonth = monthIndex(start);
  const totalRounds = countRounds(start, end, monthsPerRound);
  const dated = scenario.events.dated.map(uniformEvent);
  const context = scenario.events.context.map(uniformEvent);
  return {
    scenario,
    hash: contentHash(JSON.stringify(scenario)),
    cards: new Map(scenario.cards.map((card) => [card.id, uniformCard(card)])),
    events: new Map([...dated, ...context].map((event) => [event.id, event])),
    objectives: new Map(scenario.objectives.map((objective) => [objective.id, uniformObjective(objective)])),
    seats: scenario.delegations.map((d) => d.id),
    seatAlone: new Map(scenario.delegations.map((d) => [d.id, [d.id]])),
    datedEvents: datedEventsByRound(dated, scenario, startMonth, totalRounds),
    startMonth,
    totalRounds,
    commissionTop: scenario.commission.levels.length - 1,
    issueTops: new Map(scenario.issues.map((issue) => [issue.id, issue.levels.length - 1])),
  };
}

/**
 * A 64-bit FNV-1a hash (two 32-bit lanes) of the parsed content: saves name the exact scenario they
 * were played on, and comments or whitespace in the YAML do not change it.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Each round's dated events, found once: round r spans [its start month, the next round's). */
function datedEventsByRound(
  dated: readonly DatedEvent[],
  scenario: Scenario,
  startMonth: number,
  totalRounds: number,
) {
  const byDate = [...dated].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Array.from({ length: totalRounds }, (_, r) => {
    const from = startMonth + r * scenario.calendar.monthsPerRound;
    const due = byDate.filter((event) => {
      const month = monthIndex(event.date);
      return month >= from && month < from + scenario.calendar.monthsPerRound;
    });
    const when = (w: DatedEvent['when']) => due.filter((event) => event.when === w);
    return { start: when('start'), end: when('end') };
  });
}

// The rules read the conditions and effects of cards, events and objectives thousands of times a
// game. Parsed from YAML, each has only the keys its author wrote, so every read of a key would meet
// a different object shape; the compiled copies list every key (undefined when not given): one shape.

function uniformCard(card: Card): Card {
  return {
    ...card,
    requires: card.requires && uniformCondition(card.requires),
    effects: uniformEffect(card.effects),
  };
}

function uniformEvent<E extends DatedEvent | ContextEvent>(event: E): E {
  return {
    ...event,
    condition: event.condition && uniformCondition(event.condition),
    effects: uniformEffect(event.effects),
  };
}

function uniformObjective(objective: Objective): Objective {
  return { ...objective, goal: uniformCondition(objective.goal) };
}

function uniformCondition(c: Condition): Condition {
  return {
    all: c.all?.map(uniformCondition),
    any: c.any?.map(uniformCondition),
    not: c.not && uniformCondition(c.not),
    tension: c.tension,
    issues: c.issues,
    commission: c.commission,
    sessionsHeld: c.sessionsHeld,
    treaty: c.treaty,
    capital: c.capital,
    pressure: c.pressure,
    round: c.round,
    date: c.date,
    fired: c.fired,
    notFired: c.notFired,
  };
}

function uniformEffect(e: Effect): Effect {
  return {
    tension: e.tension,
    issues: e.issues,
    commission: e.commission,
    capital: e.capital,
    pressure: e.pressure,
    treaty: e.treaty,
    draw: e.draw,
  };
}
