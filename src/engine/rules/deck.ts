import { shuffle } from '../rng';
import type { CardId, GameState, SeatId } from '../types';
import { tallyPlayed } from './log';

/** Draws up to `count` cards; an empty draw pile is refilled from the discard pile, shuffled (seeded). */
export function drawCards(state: GameState, seat: SeatId, count: number): void {
  const s = state.seats[seat];
  if (!s) return;
  for (let i = 0; i < count; i++) {
    if (s.drawPile.length === 0) {
      if (s.discard.length === 0) return;
      s.drawPile = shuffle(state, s.discard);
      s.discard = [];
    }
    s.hand.push(s.drawPile.pop() as CardId);
  }
}

/** Draws until the hand holds `size` cards (or both piles run dry). */
export function drawToHandSize(state: GameState, seat: SeatId, size: number): void {
  const held = state.seats[seat]?.hand.length ?? size;
  if (held < size) drawCards(state, seat, size - held);
}

/** Takes a card out of a hand; the caller has checked it is there. */
export function takeFromHand(state: GameState, seat: SeatId, card: CardId): void {
  const s = state.seats[seat];
  const index = s?.hand.indexOf(card) ?? -1;
  if (s && index >= 0) s.hand.splice(index, 1);
}

/** A played card goes to its owner's discard pile, and counts as played. */
export function discard(state: GameState, seat: SeatId, card: CardId): void {
  const s = state.seats[seat];
  s?.discard.push(card);
  tallyPlayed(state, card);
}

/** A card taken back from the table (replaced by a counter) returns to its owner's hand. */
export function returnToHand(state: GameState, seat: SeatId, card: CardId): void {
  const s = state.seats[seat];
  s?.hand.push(card);
}
