import type { CardId, GameState, LogEntry } from '../types';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The log of a look-ahead state (the AI's scratch copies): record() keeps nothing in it, and such a
 * state keeps no tally of cards played either, so a look-ahead that runs the rules thousands of
 * times a decision builds no records that nobody reads. Frozen, so that nothing else can write to it.
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

/** Counts a card as played (for the balance report's "cards never played"). */
export function tallyPlayed(state: GameState, card: CardId): void {
  if (state.log === UNLOGGED) return;
  state.cardsPlayed[card] = (state.cardsPlayed[card] ?? 0) + 1;
}
