import { applyEffect } from '../effects';
import type { CompiledScenario, GameState, SeatId } from '../types';
import { discard, takeFromHand } from './deck';
import { record } from './log';
import { closeTurn } from './offers';

/** Statements and gestures are played alone: pay, apply their effects at once, end the exchange. */
export function playAlone(state: GameState, compiled: CompiledScenario, seat: SeatId, cardId: string): void {
  const card = compiled.cards.get(cardId);
  const s = state.seats[seat];
  if (!card || !s) return;
  s.capital -= card.cost;
  takeFromHand(state, seat, cardId);
  applyEffect(state, compiled, card.effects, seat);
  discard(state, seat, cardId);
  record(state, { kind: card.kind === 'gesture' ? 'gesture' : 'statement', seat, card: cardId });
  closeTurn(state, compiled, false);
}

/** Passing ends the turn; in the talks the passer may set one card aside to draw a fresh one next round. */
export function pass(state: GameState, compiled: CompiledScenario, seat: SeatId, discarded?: string): void {
  if (discarded !== undefined) {
    takeFromHand(state, seat, discarded);
    state.seats[seat]?.discard.push(discarded);
  }
  record(state, { kind: 'passed', seat, discarded: discarded ?? null });
  closeTurn(state, compiled, false);
}
