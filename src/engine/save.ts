import { z } from 'zod';
import { AI_STRENGTHS, GAME_EVENT_TYPES, type Save } from './types';

/** The shape of a save file; events are checked for legality when they are replayed. */
const SaveSchema = z.strictObject({
  format: z.literal(1),
  scenarioId: z.string().min(1),
  scenarioHash: z.string().regex(/^[0-9a-f]{16}$/),
  seed: z.number().int(),
  seats: z.record(
    z.string(),
    z.union([
      z.strictObject({ kind: z.literal('human') }),
      z.strictObject({ kind: z.literal('random') }),
      z.strictObject({ kind: z.literal('ai'), strength: z.enum(AI_STRENGTHS) }),
    ]),
  ),
  events: z
    .array(
      z.looseObject({
        type: z.enum(GAME_EVENT_TYPES),
        seat: z.string(),
      }),
    )
    .max(100_000),
});

export type SaveProblem =
  | { code: 'malformed'; message: string }
  | { code: 'other-scenario'; message: string }
  | { code: 'scenario-changed'; message: string }
  | { code: 'refused-event'; message: string; index: number };

/** Checks a save's shape; the events inside are checked by replaying them. */
export function readSave(data: unknown): { ok: true; save: Save } | { ok: false; problem: SaveProblem } {
  const parsed = SaveSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      problem: {
        code: 'malformed',
        message: `this is not a Treaty Table save: ${issue?.message ?? 'unreadable'}${where}`,
      },
    };
  }
  return { ok: true, save: parsed.data as Save };
}
