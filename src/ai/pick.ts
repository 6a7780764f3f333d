/** Picks the best-valued action, with a strength's noise and blunders; ties go to the earlier action. */
import { nextFloat, nextInt } from '../engine/rng';
import type { ScoredAction } from './one-ply';
import type { StrengthSettings } from './strengths';

export function pickBest(
  scored: readonly ScoredAction[],
  settings: Pick<StrengthSettings, 'noise' | 'blunderRate'>,
  rng: { rng: number },
): ScoredAction {
  if (scored.length === 0) throw new Error('there is no legal action to choose from');
  if (settings.blunderRate > 0 && nextFloat(rng) < settings.blunderRate) {
    // A blunder is a careless move, never a crossed red line.
    const allowed = scored.filter((action) => action.redLine === null);
    const pool = allowed.length > 0 ? allowed : scored;
    return pool[nextInt(rng, pool.length)] as ScoredAction;
  }
  let best = scored[0] as ScoredAction;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const action of scored) {
    const v = action.value + (settings.noise > 0 ? settings.noise * gaussian(rng) : 0);
    if (v > bestValue) {
      best = action;
      bestValue = v;
    }
  }
  return best;
}

/** A standard normal draw (Box–Muller) from the seeded generator. */
function gaussian(rng: { rng: number }): number {
  const u = 1 - nextFloat(rng);
  const v = nextFloat(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
