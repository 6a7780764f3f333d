/**
 * What distinguishes the three strengths. Novice: short-sighted (no objective progress, no value for
 * saved capital, no look to the round's end, no regard for the other side's gains) and noisy.
 * Standard: one move ahead with the full heuristic. Expert: the standard's best few candidates, each tried in sampled worlds by rollouts of
 * the engine itself, bounded by counts (not the clock) so a seed always gives the same move.
 */
import type { AiStrength } from '../engine/types';

export interface RolloutBudget {
  /** Sampled worlds (determinizations of the hidden cards); every candidate is tried in each. */
  worlds: number;
  /** How many of the best one-move candidates are tried. */
  candidates: number;
  /** Rounds played out beyond the current one before the heuristic judges the result. */
  extraRounds: number;
  /** A cap on moves per rollout, whatever the rounds. */
  maxMoves: number;
}

export interface StrengthSettings {
  foresight: boolean;
  /** How much the other side's gains count against its own (see evaluate.ts). */
  rivalry: number;
  /** Spread of the noise added to each action's value, in score points. */
  noise: number;
  /** Chance of a move picked at random among the legal ones. */
  blunderRate: number;
  rollouts: RolloutBudget | null;
}

// Relative gains count for a third of absolute ones: enough to refuse lopsided deals, not to wreck the treaty.
const RIVALRY = 0.35;

export const STRENGTHS: Readonly<Record<AiStrength, StrengthSettings>> = {
  novice: { foresight: false, rivalry: 0, noise: 1, blunderRate: 0.1, rollouts: null },
  standard: { foresight: true, rivalry: RIVALRY, noise: 0, blunderRate: 0, rollouts: null },
  expert: {
    foresight: true,
    rivalry: RIVALRY,
    noise: 0,
    blunderRate: 0,
    rollouts: { worlds: 6, candidates: 4, extraRounds: 1, maxMoves: 40 },
  },
};
