/**
 * A cheap mutable copy of a game state for looking ahead: the engine's rule functions are plain
 * recipes over a draft, so they can run directly on a copy without Immer. Everything a move or the
 * review may change is copied, except two records no rule reads: the log (started empty) and the
 * count of cards played (not counted on a scratch copy). The context deck is shared: only the start
 * of a round draws from it, and look-ahead on scratch copies never starts a round.
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
    fired: { ...state.fired },
    averted: { ...state.averted },
    objectivesMet: { ...state.objectivesMet },
    timeline: [...state.timeline],
    cardsPlayed: {},
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
