import type { GameState, GameView, HiddenSeat, LogEntry, SeatId } from './types';

/**
 * What one seat may see: its own hand and objective, the other's only as counts (objectives are
 * revealed when the game ends). `null` is a spectator: no hand and no objective at all.
 */
export function viewFor(state: GameState, viewer: SeatId | null): GameView {
  const { seats, rng: _rng, contextDeck, log, ...shared } = state;
  const ended = state.phase === 'ended';
  const hidden: Record<SeatId, HiddenSeat> = {};
  for (const [seat, s] of Object.entries(seats)) {
    const own = seat === viewer;
    hidden[seat] = {
      capital: s.capital,
      pressure: s.pressure,
      discard: [...s.discard],
      conceded: s.conceded,
      handSize: s.hand.length,
      drawPileSize: s.drawPile.length,
      hand: own ? [...s.hand] : null,
      objective: own || ended ? s.objective : null,
    };
  }
  const visibleLog = ended ? log : log.filter((entry) => isPublic(entry, viewer));
  return { ...shared, viewer, seats: hidden, contextDeckSize: contextDeck.length, log: visibleLog };
}

/** A met objective names the objective: only its own seat learns which, until the end. */
function isPublic(entry: LogEntry, viewer: SeatId | null): boolean {
  return entry.kind !== 'objective-met' || entry.seat === viewer;
}
