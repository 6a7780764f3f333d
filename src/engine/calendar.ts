import { monthIndex, monthLabel } from '../scenario/dates';
import type { CompiledScenario } from './types';

/** Month index at which a round starts (round 1 is the scenario's start). */
export function roundMonth(compiled: CompiledScenario, round: number): number {
  return compiled.startMonth + (Math.max(round, 1) - 1) * compiled.scenario.calendar.monthsPerRound;
}

/** "Nov 2022": rounds are labelled by their date. */
export function roundLabel(compiled: CompiledScenario, round: number): string {
  return monthLabel(roundMonth(compiled, round));
}

/** Whether a date falls in a round's window, [its start month, the next round's start month). */
export function inRoundWindow(compiled: CompiledScenario, round: number, date: string): boolean {
  const month = monthIndex(date);
  const start = roundMonth(compiled, round);
  return month >= start && month < start + compiled.scenario.calendar.monthsPerRound;
}

/** Rounds from the start date until a round would start on or after the end date. */
export function countRounds(start: string, end: string, monthsPerRound: number): number {
  return Math.max(1, Math.ceil((monthIndex(end) - monthIndex(start)) / monthsPerRound));
}
