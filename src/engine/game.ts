/**
 * The facade: the only way board, UI, AI and CLI touch the engine. Create a game from a compiled
 * scenario and a seed, send events, read snapshots and views, save and replay.
 */
import { createActor } from 'xstate';
import { legalActions, refusalFor } from './legal';
import { inPlaceRoundMachine, roundMachine } from './machine';
import { currentTable } from './rules/table';
import { readSave, type SaveProblem } from './save';
import type {
  CompiledScenario,
  GameEvent,
  GameState,
  GameView,
  Save,
  SeatController,
  SeatId,
  SendResult,
} from './types';
import { viewFor } from './view';

export { compileScenario } from './compile';
export type { SaveProblem } from './save';

export interface GameOptions {
  seed: number;
  seats: Record<SeatId, SeatController>;
  /**
   * For batch runs that read each state only before the next move (the simulator): the state object
   * is changed in place, so `state` is the same object after every move. Same rules, same results.
   */
  inPlace?: boolean;
}

export interface Game {
  readonly compiled: CompiledScenario;
  readonly seats: Record<SeatId, SeatController>;
  /** The current snapshot. Read-only: a new object replaces it after every accepted event. */
  readonly state: GameState;
  view(seat: SeatId | null): GameView;
  /** The seat whose input is awaited, or null once the game has ended. */
  awaiting(): SeatId | null;
  legalActions(seat: SeatId): GameEvent[];
  send(event: GameEvent): SendResult;
  subscribe(listener: (state: GameState) => void): () => void;
  save(): Save;
}

export function createGame(compiled: CompiledScenario, options: GameOptions): Game {
  const machine = options.inPlace ? inPlaceRoundMachine : roundMachine;
  const actor = createActor(machine, { input: { compiled, seed: options.seed } }).start();
  const events: GameEvent[] = [];
  const listeners = new Set<(state: GameState) => void>();
  const current = () => actor.getSnapshot().context.state;

  return {
    compiled,
    seats: { ...options.seats },
    get state() {
      return current();
    },
    view: (seat) => viewFor(current(), seat),
    awaiting: () => {
      const state = current();
      return state.phase === 'ended' ? null : currentTable(state).awaiting;
    },
    legalActions: (seat) => legalActions(compiled, current(), seat),
    send(event) {
      // The machine's guard asks legal.ts the same question: the answer here comes with the reason,
      // and an in-place game cannot tell a refused event from its snapshot (it is the same object).
      const refusal = refusalFor(compiled, current(), event);
      if (refusal) return { ok: false, refusal };
      actor.send(event);
      events.push(event);
      const state = current();
      for (const listener of listeners) listener(state);
      return { ok: true, state };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    save: () => ({
      format: 1,
      scenarioId: compiled.scenario.id,
      scenarioHash: compiled.hash,
      seed: options.seed,
      seats: { ...options.seats },
      events: [...events],
    }),
  };
}

export type LoadResult = { ok: true; game: Game } | { ok: false; problem: SaveProblem };

/**
 * Rebuilds a game from a save by replaying its events. A save made on another scenario, on a changed
 * scenario, or holding an event the rules refuse, is reported, never half-loaded.
 */
export function loadGame(compiled: CompiledScenario, data: unknown): LoadResult {
  const read = readSave(data);
  if (!read.ok) return read;
  const { save } = read;
  if (save.scenarioId !== compiled.scenario.id) {
    return {
      ok: false,
      problem: {
        code: 'other-scenario',
        message: `this save is for the scenario "${save.scenarioId}", not "${compiled.scenario.id}"`,
      },
    };
  }
  if (save.scenarioHash !== compiled.hash) {
    return {
      ok: false,
      problem: {
        code: 'scenario-changed',
        message: `the scenario "${save.scenarioId}" has changed since this game was saved`,
      },
    };
  }
  const replayed = replayEvents(compiled, save);
  return replayed.stoppedAt ? { ok: false, problem: replayed.stoppedAt } : { ok: true, game: replayed.game };
}

/**
 * Replays as many of a save's events as the rules accept, in order. Used by loadGame (which wants
 * all of them) and by live reload of an edited scenario (which keeps what still applies).
 */
export function replayEvents(
  compiled: CompiledScenario,
  save: Pick<Save, 'seed' | 'seats' | 'events'>,
): { game: Game; stoppedAt: Extract<SaveProblem, { code: 'refused-event' }> | null } {
  const game = createGame(compiled, { seed: save.seed, seats: save.seats });
  for (const [index, event] of save.events.entries()) {
    const result = game.send(event);
    if (!result.ok) {
      const message = `move ${index + 1} (${event.type} by ${event.seat}) cannot be replayed: ${result.refusal.reason}`;
      return { game, stoppedAt: { code: 'refused-event', message, index } };
    }
  }
  return { game, stoppedAt: null };
}
