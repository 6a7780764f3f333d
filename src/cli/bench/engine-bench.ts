import { chooseRandom } from '../../ai/random-agent';
import { createGame, loadGame } from '../../engine/game';
import type { CompiledScenario, Save } from '../../engine/types';
import { cpuSeconds } from './cpu-time';

export interface EngineBench {
  games: number;
  events: number;
  cpuSeconds: number;
  gamesPerSecond: number;
  eventsPerSecond: number;
  eventsPerGame: number;
  replayMsPerGame: number;
}

/**
 * Full games through the facade with two random legal-move agents, on this one thread, for about
 * `seconds` of CPU time: what the engine issue's target (≥ 500 games/s) is measured on.
 */
export function benchEngine(compiled: CompiledScenario, seconds: number): EngineBench {
  const rng = { rng: 12345 };
  const saves: Save[] = [];
  let games = 0;
  let events = 0;
  const start = process.cpuUsage();
  while (cpuSeconds(start) < seconds) {
    const game = createGame(compiled, { seed: games, seats: {} });
    for (let seat = game.awaiting(); seat !== null; seat = game.awaiting()) {
      game.send(chooseRandom(game.legalActions(seat), rng));
      events++;
    }
    if (saves.length < 200) saves.push(game.save());
    games++;
  }
  const cpu = cpuSeconds(start);
  const replayStart = process.cpuUsage();
  for (const save of saves) loadGame(compiled, save);
  const replay = cpuSeconds(replayStart);
  return {
    games,
    events,
    cpuSeconds: cpu,
    gamesPerSecond: games / cpu,
    eventsPerSecond: events / cpu,
    eventsPerGame: events / games,
    replayMsPerGame: (replay / saves.length) * 1000,
  };
}
