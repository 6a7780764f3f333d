import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/batch/play-game';
import { gameSeed } from '../../src/ai/batch/seeds';
import type { AiStrength } from '../../src/engine/types';
import { CAIRO, compiledScenario } from './helpers';

/**
 * Head to head, each pairing played from both chairs with the same seeds (the two delegations do
 * not score alike): a game is won by the higher total score.
 */
function headToHead(strong: AiStrength, weak: AiStrength, seeds: number) {
  const compiled = compiledScenario(CAIRO);
  const tally = { strong: 0, weak: 0, draws: 0 };
  for (let i = 0; i < seeds; i++) {
    for (const strongSeat of ['us', 'ru'] as const) {
      const weakSeat = strongSeat === 'us' ? 'ru' : 'us';
      const record = playGame(compiled, gameSeed(21, i), { [strongSeat]: strong, [weakSeat]: weak });
      const margin = (record.scores[strongSeat]?.total ?? 0) - (record.scores[weakSeat]?.total ?? 0);
      if (margin > 0) tally.strong += 1;
      else if (margin < 0) tally.weak += 1;
      else tally.draws += 1;
    }
  }
  return tally;
}

describe('strengths', () => {
  it('the expert beats the novice in a clear majority of games', { timeout: 60_000 }, () => {
    const tally = headToHead('expert', 'novice', 20);
    // 40 games: the expert wins more than 55% of them and more than twice as many as it loses.
    expect(tally.strong).toBeGreaterThan(0.55 * 40);
    expect(tally.strong).toBeGreaterThan(2 * tally.weak);
  });

  it('the standard beats the novice more often than it loses', { timeout: 30_000 }, () => {
    const tally = headToHead('standard', 'novice', 40);
    expect(tally.strong).toBeGreaterThan(tally.weak);
  });
});
