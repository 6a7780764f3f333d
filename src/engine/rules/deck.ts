import { shuffle } from '../rng';
import type { CardId, GameState, SeatId } from '../types';

/** Draws up to `count` cards; an empty draw pile is refilled from the discard pile, shuffled (seeded). */
export function drawCards(state: GameState, seat: SeatId, count: number): void {
  const hand = state.seats[seat];
  if (!hand) return;
  for (let i = 0; i < count; i++) {
    if (hand.drawPile.length === 0) {
      if (hand.discard.length === 0) return;
      hand.drawPile = shuffle(state, hand.discard);
      hand.discard = [];
    }
    hand.hand.push(hand.drawPile.pop() as CardId);
  }
}

/** Draws until the hand holds `size` cards (or both piles run dry). */
export function drawToHandSize(state: GameState, seat: SeatId, size: number): void {
  const held = state.seats[seat]?.hand.length ?? size;
  if (held < size) drawCards(state, seat, size - held);
}

/** Takes a card out of a hand; the caller has checked it is there. */
export function takeFromHand(state: GameState, seat: SeatId, card: CardId): void {
  const hand = state.seats[seat]?.hand;
  const index = hand?.indexOf(card) ?? -1;
  if (hand && index >= 0) hand.splice(index, 1);
}

/** A played card goes to its owner's discard pile, and counts as played. */
export function discard(state: GameState, seat: SeatId, card: CardId): void {
  state.seats[seat]?.discard.push(card);
  state.cardsPlayed[card] = (state.cardsPlayed[card] ?? 0) + 1;
}
