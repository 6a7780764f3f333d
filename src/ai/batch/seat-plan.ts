/** Who plays each seat in a batch: `random` or an AI strength, read from "us=expert,ru=standard". */
import { AI_STRENGTHS, type AiStrength, type SeatId } from '../../engine/types';

export type SeatKind = 'random' | AiStrength;
export const SEAT_KINDS: readonly SeatKind[] = ['random', ...AI_STRENGTHS];

export type SeatPlan = Record<SeatId, SeatKind>;

export type PlanResult = { ok: true; plan: SeatPlan } | { ok: false; message: string };

/** Seats not named play `random`, the engine issue's default. */
export function readSeatPlan(text: string | undefined, seats: readonly SeatId[]): PlanResult {
  const plan: SeatPlan = Object.fromEntries(seats.map((seat) => [seat, 'random' as SeatKind]));
  if (!text) return { ok: true, plan };
  for (const part of text.split(',').filter(Boolean)) {
    const [seat, kind] = part.split('=').map((s) => s.trim());
    if (!seat || !seats.includes(seat)) {
      return {
        ok: false,
        message: `unknown seat "${seat ?? ''}" in --seats (the seats are ${seats.join(', ')})`,
      };
    }
    if (!SEAT_KINDS.includes(kind as SeatKind)) {
      return {
        ok: false,
        message: `unknown player "${kind ?? ''}" for ${seat}: use ${SEAT_KINDS.join(', ')}`,
      };
    }
    plan[seat] = kind as SeatKind;
  }
  return { ok: true, plan };
}
