/**
 * The balance report: what a designer needs to judge a scenario, computed from the per-game records
 * in game order. It holds no timings, so the same arguments always give the same JSON.
 */
import type { CompiledScenario, SeatId } from '../../engine/types';
import type { GameRecord } from './play-game';
import type { SeatPlan } from './seat-plan';
import { checkTargets, type TargetCheck } from './targets';
import { wilsonInterval } from './wilson';

export interface Rate {
  count: number;
  rate: number;
  ci95: [number, number];
}

export interface SeatSummary {
  player: string;
  persona: string;
  mandate: Rate;
  objective: Rate;
  meanScore: number;
  /** Total score at the 10th, 25th, 50th, 75th and 90th percentiles: where a mandate threshold would fall. */
  scorePercentiles: Record<'p10' | 'p25' | 'p50' | 'p75' | 'p90', number>;
  wins: number;
}

export interface BalanceReport {
  scenario: { id: string; hash: string; rounds: number };
  seed: number;
  games: number;
  seats: Record<SeatId, SeatSummary>;
  draws: number;
  rounds: { mean: number; min: number; max: number };
  moves: { mean: number };
  endings: { expiry: number; collapse: number; expiryBeforeLastRound: number };
  collapse: Rate;
  suspension: Rate;
  sessions: { mean: number; gamesWithSession: number };
  issues: Record<string, { final: number[]; reached: number[] }>;
  datedEvents: Record<string, { fired: number; averted: number }>;
  cardsNeverPlayed: string[];
  refusedMoves: number;
  targets: TargetCheck[];
}

export function buildReport(
  compiled: CompiledScenario,
  plan: SeatPlan,
  seed: number,
  records: readonly GameRecord[],
): BalanceReport {
  const games = records.length;
  const rounds = records.map((r) => r.rounds);
  const report: BalanceReport = {
    scenario: { id: compiled.scenario.id, hash: compiled.hash, rounds: compiled.totalRounds },
    seed,
    games,
    seats: seatSummaries(compiled, plan, records),
    draws: records.filter((r) => winnerOf(r) === null).length,
    rounds: { mean: mean(rounds), min: Math.min(...rounds), max: Math.max(...rounds) },
    moves: { mean: mean(records.map((r) => r.moves)) },
    endings: {
      expiry: records.filter((r) => r.reason === 'expiry').length,
      collapse: records.filter((r) => r.reason === 'collapse').length,
      expiryBeforeLastRound: records.filter((r) => r.reason === 'expiry' && r.rounds < compiled.totalRounds)
        .length,
    },
    collapse: rate(records.filter((r) => r.treaty === 'collapsed').length, games),
    suspension: rate(records.filter((r) => r.suspended).length, games),
    sessions: {
      mean: mean(records.map((r) => r.sessions)),
      gamesWithSession: records.filter((r) => r.sessions > 0).length,
    },
    issues: issueDistributions(compiled, records),
    datedEvents: datedEventCounts(compiled, records),
    cardsNeverPlayed: compiled.scenario.cards
      .map((card) => card.id)
      .filter((id) => !records.some((r) => (r.cardsPlayed[id] ?? 0) > 0)),
    refusedMoves: records.reduce((sum, r) => sum + r.refused, 0),
    targets: [],
  };
  report.targets = checkTargets(compiled, report);
  return report;
}

function seatSummaries(
  compiled: CompiledScenario,
  plan: SeatPlan,
  records: readonly GameRecord[],
): Record<SeatId, SeatSummary> {
  const summaries: Record<SeatId, SeatSummary> = {};
  for (const delegation of compiled.scenario.delegations) {
    const seat = delegation.id;
    summaries[seat] = {
      player: plan[seat] ?? 'random',
      persona: delegation.persona.name,
      mandate: rate(records.filter((r) => r.scores[seat]?.metMandate).length, records.length),
      objective: rate(records.filter((r) => r.scores[seat]?.objectiveMet).length, records.length),
      meanScore: mean(records.map((r) => r.scores[seat]?.total ?? 0)),
      scorePercentiles: percentiles(records.map((r) => r.scores[seat]?.total ?? 0)),
      wins: records.filter((r) => winnerOf(r) === seat).length,
    };
  }
  return summaries;
}

/** The seat with the higher total score, or null on a tie. */
function winnerOf(record: GameRecord): SeatId | null {
  const ranked = Object.entries(record.scores).sort((a, b) => b[1].total - a[1].total);
  const [first, second] = ranked;
  if (!first || (second && second[1].total === first[1].total)) return null;
  return first[0];
}

function issueDistributions(compiled: CompiledScenario, records: readonly GameRecord[]) {
  const issues: BalanceReport['issues'] = {};
  for (const issue of compiled.scenario.issues) {
    const levels = issue.levels.length;
    const final = Array.from({ length: levels }, () => 0);
    const reached = Array.from({ length: levels }, () => 0);
    for (const r of records) {
      const level = r.finalIssues[issue.id] ?? 0;
      final[level] = (final[level] ?? 0) + 1;
      const mask = r.reachedLevels[issue.id] ?? 0;
      for (let l = 0; l < levels; l++) if (mask & (1 << l)) reached[l] = (reached[l] ?? 0) + 1;
    }
    issues[issue.id] = { final, reached };
  }
  return issues;
}

function datedEventCounts(compiled: CompiledScenario, records: readonly GameRecord[]) {
  const counts: BalanceReport['datedEvents'] = {};
  for (const event of compiled.scenario.events.dated) counts[event.id] = { fired: 0, averted: 0 };
  for (const r of records) {
    for (const id of r.fired) if (counts[id]) counts[id].fired += 1;
    for (const id of r.averted) if (counts[id]) counts[id].averted += 1;
  }
  return counts;
}

/** Rates and means are rounded to 4 decimals: readable JSON, still exact enough to compare runs. */
function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function rate(count: number, trials: number): Rate {
  const [low, high] = wilsonInterval(count, trials);
  return { count, rate: round4(trials ? count / trials : 0), ci95: [round4(low), round4(high)] };
}

function percentiles(values: readonly number[]): SeatSummary['scorePercentiles'] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p10: at(0.1), p25: at(0.25), p50: at(0.5), p75: at(0.75), p90: at(0.9) };
}

function mean(values: readonly number[]): number {
  return values.length ? round4(values.reduce((sum, v) => sum + v, 0) / values.length) : 0;
}
