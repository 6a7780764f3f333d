/**
 * The expert: the standard judgement proposes its best few moves; each is tried in several sampled
 * worlds (the hidden cards drawn afresh from what the expert cannot see) by rollouts of the engine,
 * and judged where the rollouts end by the score itself (scoringProfileFor): the persona picks the
 * candidates, the score picks among them.
 * Every candidate meets the same worlds and the same random continuations, so the comparison is fair
 * and the choice depends on the seed alone.
 */
import { seedRng } from '../engine/rng';
import type { CompiledScenario, GameView, SeatId } from '../engine/types';
import { determinize } from './determinize';
import type { ValueOptions } from './evaluate';
import type { ScoredAction } from './one-ply';
import { rolloutValue } from './rollout';
import type { RolloutBudget } from './strengths';

export interface ExpertChoice {
  action: ScoredAction;
  rollouts: number;
}

export function chooseByRollouts(
  compiled: CompiledScenario,
  view: GameView,
  seat: SeatId,
  scored: readonly ScoredAction[],
  budget: RolloutBudget,
  judgement: ValueOptions,
  seed: number,
): ExpertChoice {
  const candidates = shortlist(scored, budget.candidates);
  if (candidates.length === 1) return { action: candidates[0] as ScoredAction, rollouts: 0 };
  const totals = candidates.map(() => 0);
  for (let w = 0; w < budget.worlds; w++) {
    const world = determinize(compiled, view, seat, { rng: seedRng(seed + w * 0x9e37) });
    const continuationSeed = seedRng(seed ^ (w * 0x85eb + 1));
    candidates.forEach((candidate, i) => {
      const rng = { rng: continuationSeed };
      totals[i] =
        (totals[i] ?? 0) + rolloutValue(compiled, world, seat, candidate.event, budget, judgement, rng);
    });
  }
  let best = 0;
  for (let i = 1; i < candidates.length; i++) if ((totals[i] ?? 0) > (totals[best] ?? 0)) best = i;
  return { action: candidates[best] as ScoredAction, rollouts: budget.worlds * candidates.length };
}

/** The best few by one-move value, never a red-line crossing unless nothing else is legal. */
function shortlist(scored: readonly ScoredAction[], size: number): ScoredAction[] {
  const allowed = scored.filter((action) => action.redLine === null);
  const pool = allowed.length > 0 ? allowed : [...scored];
  return [...pool].sort((a, b) => b.value - a.value).slice(0, Math.max(1, size));
}
