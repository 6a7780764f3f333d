import { AI_STRENGTHS, type AiStrength, type SeatController } from '../engine/types';

/** What the page address may preset: an instructor shares one link and the class gets the same game. */
export interface UrlOptions {
  /** A built-in scenario id or a URL (absolute or relative to the page) to fetch a scenario from. */
  scenario: string | null;
  seed: number | null;
  seats: Record<string, SeatController>;
  /** Problems with the parameters, said to the person rather than silently ignored. */
  problems: string[];
}

export const MAX_SEED = 2 ** 31 - 1;

/** Parses `?scenario=…&seed=…&seats=us=human,ru=standard`. Pure: takes the query string. */
export function parseUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const scenario = params.get('scenario')?.trim() || null;
  const seed = parseSeedParam(params.get('seed'), problems);
  const seats = parseSeatsParam(params.get('seats'), problems);
  return { scenario, seed, seats, problems };
}

function parseSeedParam(value: string | null, problems: string[]): number | null {
  if (value === null || value.trim() === '') return null;
  const seed = parseSeed(value);
  if (seed === null)
    problems.push(`seed "${value}" is not a whole number from 0 to ${MAX_SEED}; a random seed is used`);
  return seed;
}

/** A seed is a whole number 0..2^31-1, written in decimal. */
export function parseSeed(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return null;
  const seed = Number(trimmed);
  return seed <= MAX_SEED ? seed : null;
}

function parseSeatsParam(value: string | null, problems: string[]): Record<string, SeatController> {
  const seats: Record<string, SeatController> = {};
  if (!value) return seats;
  for (const part of value.split(',')) {
    const [seat, kind] = part.split('=').map((s) => s.trim());
    const controller = kind ? parseController(kind) : null;
    if (!seat || !controller) {
      problems.push(`seats entry "${part}" is not like "us=human" or "ru=standard"; it is ignored`);
      continue;
    }
    seats[seat] = controller;
  }
  return seats;
}

/** "human", "ai" (standard), or an AI strength: "novice", "standard", "expert". */
export function parseController(kind: string): SeatController | null {
  const lower = kind.toLowerCase();
  if (lower === 'human') return { kind: 'human' };
  if (lower === 'ai') return { kind: 'ai', strength: 'standard' };
  if ((AI_STRENGTHS as readonly string[]).includes(lower))
    return { kind: 'ai', strength: lower as AiStrength };
  return null;
}

/** The inverse of parseController, for share links. */
export function controllerToken(controller: SeatController): string {
  if (controller.kind === 'ai') return controller.strength;
  return controller.kind;
}

/** A link that reproduces this setup: scenario, seed and seats. */
export function shareQuery(
  scenario: string | null,
  seed: number,
  seats: Record<string, SeatController>,
): string {
  const params = new URLSearchParams();
  if (scenario) params.set('scenario', scenario);
  params.set('seed', String(seed));
  params.set(
    'seats',
    Object.entries(seats)
      .map(([seat, controller]) => `${seat}=${controllerToken(controller)}`)
      .join(','),
  );
  return `?${params.toString()}`;
}

/** True when the scenario parameter names something to fetch rather than a built-in id. */
export function looksLikeUrl(value: string): boolean {
  return /[/.:]/.test(value);
}
