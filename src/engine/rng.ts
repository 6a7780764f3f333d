/**
 * A seeded PRNG (mulberry32) whose whole state is one 32-bit integer kept in the game state, so a
 * state fully determines every later draw and a save replays exactly.
 */
export interface HasRng {
  rng: number;
}

/** Turns any integer seed into a well-mixed starting state. */
export function seedRng(seed: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A float in [0, 1), advancing the holder's PRNG state. */
export function nextFloat(holder: HasRng): number {
  holder.rng = (holder.rng + 0x6d2b79f5) >>> 0;
  let t = holder.rng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [0, n). */
export function nextInt(holder: HasRng, n: number): number {
  return Math.floor(nextFloat(holder) * n);
}

/**
 * Fisher–Yates shuffle of a copy, seeded by the holder. The PRNG runs on a local copy of its state,
 * written back once, so a shuffle inside a draft costs one write rather than one per card.
 */
export function shuffle<T>(holder: HasRng, items: readonly T[]): T[] {
  const out = [...items];
  const local = { rng: holder.rng };
  for (let i = out.length - 1; i > 0; i--) {
    const j = nextInt(local, i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  holder.rng = local.rng;
  return out;
}
