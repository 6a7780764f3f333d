import type { GameState, LogEntry } from '../types';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The log of a look-ahead state (the AI's scratch copies): record() keeps nothing in it, so a
 * look-ahead that runs the rules thousands of times a decision builds no entries that nobody reads.
 * Frozen, so that nothing else can write to it either.
 */
export const UNLOGGED: LogEntry[] = Object.freeze([]) as unknown as LogEntry[];

/**
 * Adds an entry to the game log, stamped with the current round. Entries are frozen: they never
 * change, and Immer skips frozen values when it finalizes a step (the log is the largest array).
 */
export function record(state: GameState, entry: DistributiveOmit<LogEntry, 'round'>): void {
  if (state.log === UNLOGGED) return;
  // Callers pass a fresh literal: stamping it costs less than copying it.
  const stamped = entry as LogEntry;
  stamped.round = state.round;
  state.log.push(Object.freeze(stamped));
}
