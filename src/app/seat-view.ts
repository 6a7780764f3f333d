/**
 * Whose eyes are on the screen. Pure, so the hidden-information rule can be tested without a page:
 * with two human seats on one device, the screen shows only the seat to move, and only after that
 * delegation confirmed the hand-over; otherwise nothing private.
 */
import type { SeatController, SeatId } from '../engine/types';

export interface ViewDecision {
  /** The seat whose private view is shown, or null for the spectator view. */
  viewer: SeatId | null;
  /** A seat the device must be handed to before anything private is shown. */
  handover: SeatId | null;
}

export function humanSeats(order: readonly SeatId[], seats: Record<SeatId, SeatController>): SeatId[] {
  return order.filter((seat) => seats[seat]?.kind === 'human');
}

/**
 * - no human seat (AI against AI): spectator view;
 * - one human seat: that seat's view throughout (there is nobody else at the device to hide from);
 * - two human seats: the seat to move, once it confirmed the hand-over; the spectator view before.
 */
export function decideViewer(
  order: readonly SeatId[],
  seats: Record<SeatId, SeatController>,
  awaiting: SeatId | null,
  confirmed: SeatId | null,
): ViewDecision {
  const humans = humanSeats(order, seats);
  if (awaiting === null || humans.length === 0) return { viewer: null, handover: null };
  if (humans.length === 1) return { viewer: humans[0] ?? null, handover: null };
  if (!humans.includes(awaiting)) return { viewer: null, handover: null };
  if (confirmed === awaiting) return { viewer: awaiting, handover: null };
  return { viewer: null, handover: awaiting };
}
