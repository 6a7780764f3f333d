import type { GameState, LogEntry } from '../types';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Adds an entry to the game log, stamped with the current round. Entries are frozen: they never
 * change, and Immer skips frozen values when it finalizes a step (the log is the largest array).
 */
export function record(state: GameState, entry: DistributiveOmit<LogEntry, 'round'>): void {
  // Callers pass a fresh literal: stamping it costs less than copying it, and look-ahead logs a lot.
  const stamped = entry as LogEntry;
  stamped.round = state.round;
  state.log.push(Object.freeze(stamped));
}
