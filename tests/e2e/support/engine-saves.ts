/**
 * Builds saves in Node with the real engine, so a test can open the table at a chosen moment (a
 * commission session, the end) without clicking through every round first.
 */
import { readFileSync } from 'node:fs';
import { compileScenario, createGame, type Game } from '../../../src/engine/game';
import type { GameEvent, SeatController } from '../../../src/engine/types';
import { parseScenario } from '../../../src/scenario/parse';

export function loadScenario(id: string) {
  const file = `${id}.yaml`;
  const parsed = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!parsed.ok) throw new Error(`scenario ${file} does not parse: ${parsed.errors[0]?.message}`);
  return compileScenario(parsed.value);
}

/** A cooperative policy: accept offers, propose when possible, else play any card, else pass. */
export function cooperativeMove(legal: readonly GameEvent[]): GameEvent | undefined {
  return (
    legal.find((e) => e.type === 'ACCEPT') ??
    legal.find((e) => e.type === 'PROPOSE') ??
    legal.find((e) => e.type === 'PLAY_GESTURE') ??
    legal.find((e) => e.type === 'PASS') ??
    legal[0]
  );
}

/** Plays until `stop` says so (or the game ends); returns the game. */
export function playUntil(
  scenarioId: string,
  seed: number,
  seats: Record<string, SeatController>,
  stop: (game: Game) => boolean,
): Game {
  const game = createGame(loadScenario(scenarioId), { seed, seats });
  for (let guard = 0; guard < 2000 && !stop(game); guard++) {
    const seat = game.awaiting();
    if (seat === null) break;
    const event = cooperativeMove(game.legalActions(seat));
    if (!event) break;
    game.send(event);
  }
  return game;
}

/** The autosave wrapper the app writes to localStorage. */
export function wrapSave(scenarioId: string, game: Game, summary: string): string {
  return JSON.stringify({
    app: 'treaty-table',
    version: 1,
    scenario: { kind: 'builtin', id: scenarioId },
    savedAt: new Date(0).toISOString(),
    summary,
    save: game.save(),
  });
}
