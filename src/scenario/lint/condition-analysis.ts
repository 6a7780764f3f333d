/**
 * Can a condition ever hold? Collects what the condition asks of each value (joined by "and",
 * through "all"), intersects it with what the scenario lets that value be, and tries each "any"
 * choice. It over-approximates what can happen, so "never" is a certainty, not a guess.
 */
import type { Condition, Range, TreatyStatus } from '../schema';
import { firstRoundFrom, lastRoundBefore } from './calendar';
import type { ScenarioFacts } from './facts';
import { describeInterval, type Interval, intersect, isEmpty } from './interval';

export interface AnalysisOptions {
  /** The game ends at once on collapse, so cards and events never see a collapsed treaty. */
  collapsedEndsGame?: boolean;
}

/** What the analysis knows: the scenario, the rounds in question (not something the condition asks), the options. */
interface Scope {
  facts: ScenarioFacts;
  rounds: Interval;
  options: AnalysisOptions;
}

type Constraint =
  | { kind: 'value'; variable: string; range: Interval }
  | { kind: 'treaty'; statuses: readonly TreatyStatus[] }
  | { kind: 'fired'; event: string; fired: boolean };

/** Why the condition can never hold while the round is in `rounds`, or null if it can. */
export function whyNeverHolds(
  condition: Condition,
  facts: ScenarioFacts,
  rounds: Interval,
  options: AnalysisOptions = {},
): string | null {
  return check(condition, { facts, rounds, options }, []);
}

function check(condition: Condition, scope: Scope, inherited: Constraint[]): string | null {
  const parts = conjunctiveParts(condition);
  const constraints = [...inherited, ...parts.flatMap((part) => constraintsOf(part, scope.facts))];
  const contradiction = findContradiction(constraints, scope);
  if (contradiction) return contradiction;
  for (const part of parts) {
    if (part.not && Object.keys(part.not).length === 0)
      return '"not: {}" never holds (an empty condition always does)';
    if (part.any) {
      const reasons = part.any.map((choice) => check(choice, scope, constraints));
      if (reasons.every((reason) => reason !== null)) return `no "any" choice can hold: ${reasons[0]}`;
    }
  }
  return null;
}

/** The condition and every condition under its "all", recursively: they must all hold together. */
function conjunctiveParts(condition: Condition): Condition[] {
  return [condition, ...(condition.all ?? []).flatMap(conjunctiveParts)];
}

function constraintsOf(condition: Condition, facts: ScenarioFacts): Constraint[] {
  const out: Constraint[] = [];
  const value = (variable: string, range: Range | undefined) => {
    if (range) out.push({ kind: 'value', variable, range: toInterval(range) });
  };
  value('tension', condition.tension);
  value('commission', condition.commission);
  value('sessionsHeld', condition.sessionsHeld);
  value('round', condition.round);
  for (const [issue, range] of Object.entries(condition.issues ?? {})) value(`issue:${issue}`, range);
  for (const [who, range] of Object.entries(condition.capital ?? {})) value(`capital:${who}`, range);
  for (const [who, range] of Object.entries(condition.pressure ?? {})) value(`pressure:${who}`, range);
  if (condition.date) {
    const { from, before } = condition.date;
    const lo = from === undefined ? -Infinity : firstRoundFrom(facts.calendar, from);
    const hi = before === undefined ? Infinity : lastRoundBefore(facts.calendar, before);
    out.push({ kind: 'value', variable: 'round', range: { lo, hi } });
  }
  if (condition.treaty) out.push({ kind: 'treaty', statuses: condition.treaty });
  for (const event of condition.fired ?? []) out.push({ kind: 'fired', event, fired: true });
  for (const event of condition.notFired ?? []) out.push({ kind: 'fired', event, fired: false });
  return out;
}

function toInterval(range: Range): Interval {
  return { lo: range.atLeast ?? -Infinity, hi: range.atMost ?? Infinity };
}

function findContradiction(constraints: Constraint[], scope: Scope): string | null {
  return (
    valueContradiction(constraints, scope) ??
    treatyContradiction(constraints, scope.options) ??
    firedContradiction(constraints, scope.facts)
  );
}

function valueContradiction(constraints: Constraint[], scope: Scope): string | null {
  const asked = new Map<string, Interval>();
  for (const constraint of constraints) {
    if (constraint.kind !== 'value') continue;
    const { lo, hi } = constraint.range;
    if (lo > hi) return `it asks for ${nameOf(constraint.variable)} to be at least ${lo} and at most ${hi}`;
    const before = asked.get(constraint.variable) ?? { lo: -Infinity, hi: Infinity };
    const both = intersect(before, constraint.range);
    if (isEmpty(both)) {
      return `it asks for ${nameOf(constraint.variable)} to be ${describeInterval(before)} and ${describeInterval(constraint.range)} at once`;
    }
    asked.set(constraint.variable, both);
  }
  for (const [variable, range] of asked) {
    const reason = outsideDomain(variable, range, scope);
    if (reason) return reason;
  }
  return null;
}

function outsideDomain(variable: string, range: Interval, scope: Scope): string | null {
  const levels = trackLevels(variable, scope.facts);
  if (levels) {
    if ([...levels].some((level) => level >= range.lo && level <= range.hi)) return null;
    const reachable = [...levels].sort((a, b) => a - b).join(', ');
    return `${nameOf(variable)} is never ${describeInterval(range)}: no card or event can take it there (it can be ${reachable})`;
  }
  const domain = valueDomain(variable, scope);
  if (!domain || !isEmpty(intersect(domain, range))) return null;
  return `${nameOf(variable)} is never ${describeInterval(range)}: it is always ${describeInterval(domain)}`;
}

function trackLevels(variable: string, facts: ScenarioFacts): ReadonlySet<number> | undefined {
  if (variable === 'commission') return facts.commissionLevels;
  if (variable.startsWith('issue:')) return facts.issueLevels.get(variable.slice('issue:'.length));
  return undefined;
}

/** What the game lets a plain number be (limits come from the rules; see facts). */
function valueDomain(variable: string, { facts, rounds }: Scope): Interval | undefined {
  const [kind] = variable.split(':');
  const limits = facts.limits;
  switch (kind) {
    case 'tension':
      return { lo: 0, hi: limits.tensionMax };
    case 'round':
      return intersect(rounds, { lo: 1, hi: facts.calendar.rounds });
    case 'sessionsHeld':
      return { lo: 0, hi: facts.sessionPossible ? facts.calendar.rounds : 0 };
    case 'capital':
      return { lo: 0, hi: limits.capitalMax };
    case 'pressure':
      return { lo: 0, hi: limits.pressureMax };
    default:
      return undefined;
  }
}

function nameOf(variable: string): string {
  const [kind, key] = variable.split(':');
  switch (kind) {
    case 'issue':
      return `issue "${key}"`;
    case 'capital':
    case 'pressure':
      return `the ${kind} of "${key}"`;
    case 'commission':
      return 'the commission track';
    case 'sessionsHeld':
      return 'the number of sessions held';
    default:
      return `the ${kind}`;
  }
}

function treatyContradiction(constraints: Constraint[], options: AnalysisOptions): string | null {
  let possible: TreatyStatus[] = options.collapsedEndsGame
    ? ['in-force', 'suspended']
    : ['in-force', 'suspended', 'collapsed'];
  for (const constraint of constraints) {
    if (constraint.kind !== 'treaty') continue;
    possible = possible.filter((status) => constraint.statuses.includes(status));
    if (possible.length === 0) {
      return options.collapsedEndsGame && constraint.statuses.includes('collapsed')
        ? 'the game ends as soon as the treaty collapses, so nothing is played or drawn then'
        : 'it asks for two different treaty statuses at once';
    }
  }
  return null;
}

function firedContradiction(constraints: Constraint[], facts: ScenarioFacts): string | null {
  const wanted = new Map<string, boolean>();
  for (const constraint of constraints) {
    if (constraint.kind !== 'fired') continue;
    if (constraint.fired && facts.deadEvents.has(constraint.event)) {
      return `event "${constraint.event}" can never fire`;
    }
    if (wanted.get(constraint.event) === !constraint.fired) {
      return `it asks for event "${constraint.event}" to have fired and not fired at once`;
    }
    wanted.set(constraint.event, constraint.fired);
  }
  return null;
}
