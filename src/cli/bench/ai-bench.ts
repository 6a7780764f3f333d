/**
 * The AI's figures for `npm run bench`: how long one decision takes at each strength (on the
 * situations of standard-vs-standard games), and how many games per second the simulator plays
 * on all cores.
 */
import { gameSeed, moveSeed } from '../../ai/batch/seeds';
import { chooseAction } from '../../ai/choose';
import { createGame } from '../../engine/game';
import type { AiStrength, CompiledScenario } from '../../engine/types';
import { runInWorkers } from '../simulate-pool';
import { cpuSeconds } from './cpu-time';

export interface DecisionTimes {
  strength: AiStrength;
  decisions: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

const cpuMs = (since: NodeJS.CpuUsage): number => cpuSeconds(since) * 1000;

/** Times `decisions` decisions of one strength; the games follow the standard AI's moves. */
export function benchDecisions(
  compiled: CompiledScenario,
  strength: AiStrength,
  decisions: number,
): DecisionTimes {
  const times: number[] = [];
  for (let g = 0; times.length < decisions; g++) {
    const game = createGame(compiled, { seed: gameSeed(99, g), seats: {} });
    for (let seat = game.awaiting(); seat !== null && times.length < decisions; seat = game.awaiting()) {
      const request = { compiled, view: game.view(seat), legal: game.legalActions(seat), seat };
      const seed = moveSeed(g, times.length);
      const start = process.cpuUsage();
      chooseAction({ ...request, strength, seed });
      times.push(cpuMs(start));
      game.send(chooseAction({ ...request, strength: 'standard', seed }).event);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { strength, decisions: times.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
}

export interface SimulatorBench {
  games: number;
  workers: number;
  wallSeconds: number;
  cpuSeconds: number;
  gamesPerSecond: number;
}

/** Standard against standard through the simulator's worker pool, timed from start to merged records. */
export async function benchSimulator(
  compiled: CompiledScenario,
  games: number,
  workers: number,
): Promise<SimulatorBench> {
  const plan = Object.fromEntries(compiled.seats.map((seat) => [seat, 'standard' as const]));
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await runInWorkers({ scenario: compiled.scenario, plan, seed: 1 }, { games, workers });
  const wallSeconds = (performance.now() - wall) / 1000;
  return { games, workers, wallSeconds, cpuSeconds: cpuSeconds(cpu), gamesPerSecond: games / wallSeconds };
}
