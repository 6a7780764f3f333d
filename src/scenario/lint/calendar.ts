/**
 * Round arithmetic on the scenario calendar, by month (the game's unit): round r starts
 * (r − 1) × monthsPerRound months after the start, and no round starts in or after the end month.
 */
import { monthIndex } from '../dates';
import type { Scenario } from '../schema';

export interface RoundCalendar {
  startMonth: number;
  endMonth: number;
  monthsPerRound: number;
  rounds: number;
}

export function roundCalendar(calendar: Scenario['calendar']): RoundCalendar {
  const startMonth = monthIndex(calendar.start);
  const endMonth = monthIndex(calendar.end);
  const rounds = Math.max(0, Math.ceil((endMonth - startMonth) / calendar.monthsPerRound));
  return { startMonth, endMonth, monthsPerRound: calendar.monthsPerRound, rounds };
}

export function roundStartMonth(calendar: RoundCalendar, round: number): number {
  return calendar.startMonth + (round - 1) * calendar.monthsPerRound;
}

/** The round whose window [start, next start) holds the date, or null when no round does. */
export function roundOfDate(calendar: RoundCalendar, date: string): number | null {
  const offset = monthIndex(date) - calendar.startMonth;
  if (offset < 0) return null;
  const round = Math.floor(offset / calendar.monthsPerRound) + 1;
  return round <= calendar.rounds ? round : null;
}

/** First round that starts in or after the date's month (may be past the last round). */
export function firstRoundFrom(calendar: RoundCalendar, date: string): number {
  const offset = monthIndex(date) - calendar.startMonth;
  return Math.max(1, Math.ceil(offset / calendar.monthsPerRound) + 1);
}

/** Last round that starts before the date's month (may be 0: none does). */
export function lastRoundBefore(calendar: RoundCalendar, date: string): number {
  const offset = monthIndex(date) - calendar.startMonth;
  return Math.max(0, Math.min(calendar.rounds, Math.ceil(offset / calendar.monthsPerRound)));
}
