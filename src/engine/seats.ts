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
  if (who === 'self') return owner === null ? [] : [owner];
  if (who === 'other') return owner === null ? [] : [otherSeat(compiled, owner)];
  return compiled.seats.includes(who) ? [who] : [];
}
