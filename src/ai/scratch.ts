/**
 * A cheap mutable copy of a game state for looking one move ahead: the engine's rule functions are
 * plain recipes over a draft, so they can run directly on a copy without Immer. Everything the
 * rules of a move (offers, statements, gestures, passes, a closing session) may change is copied;
 * the event, objective and round records, which only the automatic steps change, are shared; the
 * log starts empty because no rule reads it.
 */
import type { GameState, Offer, SeatState } from '../engine/types';

export function scratchCopy(state: GameState): GameState {
  const seats: Record<string, SeatState> = {};
  for (const [id, seat] of Object.entries(state.seats)) {
    seats[id] = { ...seat, hand: [...seat.hand], drawPile: [...seat.drawPile], discard: [...seat.discard] };
  }
  return {
    ...state,
    issues: { ...state.issues },
    seats,
    talks: { ...state.talks, offer: copyOffer(state.talks.offer) },
    session: state.session ? { ...state.session, offer: copyOffer(state.session.offer) } : null,
    cardsPlayed: { ...state.cardsPlayed },
    log: [],
  };
}

export function copyOffer(offer: Offer | null): Offer | null {
  if (!offer) return null;
  return {
    ...offer,
    concession: offer.concession ? { ...offer.concession } : null,
    demand: offer.demand ? { ...offer.demand } : null,
  };
}
