import type { CompiledScenario, SeatId } from './types';

/** The delegation across the table. */
export function otherSeat(compiled: CompiledScenario, seat: SeatId): SeatId {
  return compiled.seats[0] === seat ? (compiled.seats[1] as SeatId) : (compiled.seats[0] as SeatId);
}

/**
 * Resolves who an effect or condition names: a delegation id, "both", or (on a card, relative to
 * its owner) "self" / "other".
 */
export function resolveWho(compiled: CompiledScenario, who: string, owner: SeatId | null): readonly SeatId[] {
  if (who === 'both') return compiled.seats;
  if (who === 'self') return owner === null ? NO_SEAT : alone(compiled, owner);
  if (who === 'other') return owner === null ? NO_SEAT : alone(compiled, otherSeat(compiled, owner));
  return alone(compiled, who);
}

const NO_SEAT: readonly SeatId[] = [];

function alone(compiled: CompiledScenario, seat: SeatId): readonly SeatId[] {
  return compiled.seatAlone.get(seat) ?? NO_SEAT;
}
