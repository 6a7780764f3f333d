import type { GameState, GameView, HiddenSeat, LogEntry, SeatId, SeatState } from './types';

/**
 * What one seat may see: its own hand and objective, the other's only as counts (objectives are
 * revealed when the game ends). `null` is a spectator: no hand and no objective at all.
 */
export function viewFor(state: GameState, viewer: SeatId | null): GameView {
  const ended = state.phase === 'ended';
  const seats: Record<SeatId, HiddenSeat> = {};
  for (const seat in state.seats)
    seats[seat] = hiddenSeat(state.seats[seat] as SeatState, seat === viewer, ended);
  const ownObjective = viewer === null ? undefined : state.seats[viewer]?.objective;
  // Fields are listed, not spread: one object shape for every view (the AI reads views every move),
  // and a field added to GameState fails to compile here until someone decides who may see it. What
  // the seat may see is shared with the state, not copied: views are read-only, like snapshots.
  return {
    scenarioId: state.scenarioId,
    round: state.round,
    phase: state.phase,
    tension: state.tension,
    treaty: state.treaty,
    issues: state.issues,
    commission: state.commission,
    sessionsHeld: state.sessionsHeld,
    seatOrder: state.seatOrder,
    exchangesLed: state.exchangesLed,
    talks: state.talks,
    session: state.session,
    fired: state.fired,
    averted: state.averted,
    cardsPlayed: state.cardsPlayed,
    timeline: state.timeline,
    result: state.result,
    viewer,
    seats,
    contextDeckSize: state.contextDeck.length,
    log: ended || !hidesEntries(state.log, viewer) ? state.log : state.log.filter((e) => isPublic(e, viewer)),
    objectivesMet: ended ? state.objectivesMet : pick(state.objectivesMet, ownObjective),
  };
}

function hiddenSeat(s: SeatState, own: boolean, ended: boolean): HiddenSeat {
  return {
    capital: s.capital,
    pressure: s.pressure,
    discard: s.discard,
    conceded: s.conceded,
    handSize: s.hand.length,
    drawPileSize: s.drawPile.length,
    hand: own ? s.hand : null,
    objective: own || ended ? s.objective : null,
  };
}

/** A met objective names the objective: only its own seat learns which, until the end. */
function isPublic(entry: LogEntry, viewer: SeatId | null): boolean {
  return entry.kind !== 'objective-met' || entry.seat === viewer;
}

// A loop, not some(): the log is read for every AI move, and most logs hide nothing.
function hidesEntries(log: readonly LogEntry[], viewer: SeatId | null): boolean {
  for (const entry of log) if (!isPublic(entry, viewer)) return true;
  return false;
}

function pick(met: Record<string, number>, objective: string | undefined): Record<string, number> {
  return objective !== undefined && objective in met ? { [objective]: met[objective] as number } : {};
}
