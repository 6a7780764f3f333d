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

/** Rounds from the start date until a round would start on or after the end date. */
export function countRounds(start: string, end: string, monthsPerRound: number): number {
  return Math.max(1, Math.ceil((monthIndex(end) - monthIndex(start)) / monthsPerRound));
}
