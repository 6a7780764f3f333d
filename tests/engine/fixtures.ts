import { readFileSync } from 'node:fs';
import { compileScenario, createGame, type Game } from '../../src/engine/game';
import type { CompiledScenario, Scenario } from '../../src/engine/types';
import { parseScenario } from '../../src/scenario/parse';

/** Loads and compiles a scenario file, failing the test with the parser's messages if it is broken. */
export function loadScenario(path: string): Scenario {
  const result = parseScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return result.value;
}

export const miniScenario = () => loadScenario('tests/fixtures/engine/mini.yaml');

export function compiled(scenario: Scenario = miniScenario()): CompiledScenario {
  return compileScenario(scenario);
}

export function newGame(scenario: Scenario = miniScenario(), seed = 1): Game {
  const c = compileScenario(scenario);
  const seats = Object.fromEntries(c.seats.map((seat) => [seat, { kind: 'human' as const }]));
  return createGame(c, { seed, seats });
}

/** A deep copy through JSON: what a snapshot holds, compared by value. */
export const snapshot = <T>(value: T): T => JSON.parse(JSON.stringify(value));
