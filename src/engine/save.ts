import { AI_STRENGTHS, GAME_EVENT_TYPES, type Save, type SeatController } from './types';

export type SaveProblem =
  | { code: 'malformed'; message: string }
  | { code: 'other-scenario'; message: string }
  | { code: 'scenario-changed'; message: string }
  | { code: 'refused-event'; message: string; index: number };

/** Saves above this many moves are not games anyone played; refuse them before replaying. */
const MAX_EVENTS = 100_000;

type Read = { ok: true; save: Save } | { ok: false; problem: SaveProblem };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const malformed = (why: string): Read => ({
  ok: false,
  problem: { code: 'malformed', message: `this is not a Treaty Table save: ${why}` },
});

/**
 * Checks a save's shape; the events inside are checked for legality by replaying them. Written by
 * hand rather than with the schema library, which would triple the engine's size in the browser.
 */
export function readSave(data: unknown): Read {
  if (!isRecord(data)) return malformed('expected an object');
  if (data.format !== 1) return malformed('unknown format (expected 1)');
  if (typeof data.scenarioId !== 'string' || data.scenarioId === '') return malformed('no scenario id');
  if (typeof data.scenarioHash !== 'string' || !/^[0-9a-f]{16}$/.test(data.scenarioHash)) {
    return malformed('no scenario hash');
  }
  if (typeof data.seed !== 'number' || !Number.isInteger(data.seed))
    return malformed('the seed is not a whole number');
  if (!isRecord(data.seats) || !Object.values(data.seats).every(isSeatController)) {
    return malformed('the seats are not "human", "random" or an AI of a known strength');
  }
  if (!Array.isArray(data.events) || data.events.length > MAX_EVENTS) return malformed('no list of moves');
  const bad = data.events.findIndex((event) => !isEventLike(event));
  if (bad >= 0) return malformed(`move ${bad + 1} is not a move`);
  return { ok: true, save: data as unknown as Save };
}

function isSeatController(value: unknown): value is SeatController {
  if (!isRecord(value)) return false;
  if (value.kind === 'human' || value.kind === 'random') return Object.keys(value).length === 1;
  return (
    value.kind === 'ai' && AI_STRENGTHS.includes(value.strength as never) && Object.keys(value).length === 2
  );
}

/** Type and seat only: whether the move is legal is for the rules to say when it is replayed. */
function isEventLike(value: unknown): boolean {
  return isRecord(value) && GAME_EVENT_TYPES.includes(value.type as never) && typeof value.seat === 'string';
}
