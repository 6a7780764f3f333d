import { readFileSync } from 'node:fs';
import { chooseRandom } from '../../src/ai/random-agent';
import { compileScenario, createGame, type Game } from '../../src/engine/game';
import { seedRng } from '../../src/engine/rng';
import type { CompiledScenario, GameEvent, GameState, Scenario, SeatId } from '../../src/engine/types';
import { parseScenario } from '../../src/scenario/parse';

export function loadScenario(path: string): Scenario {
  const result = parseScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return result.value;
}

export const MINI = 'tests/fixtures/engine/mini.yaml';
export const CAIRO = 'scenarios/cairo-2022.yaml';

const compiledByPath = new Map<string, CompiledScenario>();

/** Each scenario file compiled once per test file. */
export function compiledScenario(path: string): CompiledScenario {
  let compiled = compiledByPath.get(path);
  if (!compiled) {
    compiled = compileScenario(loadScenario(path));
    compiledByPath.set(path, compiled);
  }
  return compiled;
}

export function newGame(compiled: CompiledScenario, seed: number): Game {
  return createGame(compiled, { seed, seats: {} });
}

export interface WalkStep {
  game: Game;
  seat: SeatId;
  legal: GameEvent[];
  /** The move the walk will make next. */
  chosen: GameEvent;
}

/** Plays a game with a seeded random legal-move policy, calling `visit` before each move. */
export function walkRandomGame(
  compiled: CompiledScenario,
  seed: number,
  visit: (step: WalkStep) => void,
): GameState {
  const game = newGame(compiled, seed);
  const rng = { rng: seedRng(seed) };
  for (let seat = game.awaiting(); seat !== null; seat = game.awaiting()) {
    const legal = game.legalActions(seat);
    const chosen = chooseRandom(legal, rng);
    visit({ game, seat, legal, chosen });
    game.send(chosen);
  }
  return game.state;
}
