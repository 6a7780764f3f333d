import type { GameState, GameView, HiddenSeat, LogEntry, SeatId } from './types';

/**
 * What one seat may see: its own hand and objective, the other's only as counts (objectives are
 * revealed when the game ends). `null` is a spectator: no hand and no objective at all.
 */
export function viewFor(state: GameState, viewer: SeatId | null): GameView {
  const { seats, rng: _rng, seed: _seed, contextDeck, log, objectivesMet, ...shared } = state;
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
  const ownObjective = viewer === null ? undefined : seats[viewer]?.objective;
  return {
    ...shared,
    viewer,
    seats: hidden,
    contextDeckSize: contextDeck.length,
    log: ended ? log : log.filter((entry) => isPublic(entry, viewer)),
    objectivesMet: ended ? objectivesMet : pick(objectivesMet, ownObjective),
  };
}

/** A met objective names the objective: only its own seat learns which, until the end. */
function isPublic(entry: LogEntry, viewer: SeatId | null): boolean {
  return entry.kind !== 'objective-met' || entry.seat === viewer;
}

function pick(met: Record<string, number>, objective: string | undefined): Record<string, number> {
  return objective !== undefined && objective in met ? { [objective]: met[objective] as number } : {};
}
