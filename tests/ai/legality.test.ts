import { describe, expect, it } from 'vitest';
import { moveSeed } from '../../src/ai/batch/seeds';
import { chooseAction } from '../../src/ai/choose';
import type { AiStrength, CompiledScenario, SeatId } from '../../src/engine/types';
import { CAIRO, compiledScenario, MINI, newGame } from './helpers';

/** Plays AI-only games; every decision must be one of the legal actions and accepted by the engine. */
function playChecked(
  compiled: CompiledScenario,
  games: number,
  strengths: Record<SeatId, AiStrength>[],
): number {
  let decisions = 0;
  for (let g = 0; g < games; g++) {
    const seats = strengths[g % strengths.length] as Record<SeatId, AiStrength>;
    const game = newGame(compiled, 1000 + g);
    for (let seat = game.awaiting(); seat !== null; seat = game.awaiting()) {
      const legal = game.legalActions(seat);
      const strength = seats[seat] ?? 'standard';
      const { event, reason } = chooseAction({
        compiled,
        view: game.view(seat),
        legal,
        seat,
        strength,
        seed: moveSeed(g, decisions),
      });
      expect(legal).toContainEqual(event);
      expect(reason).toMatch(/^The .+\.$/);
      expect(game.send(event).ok).toBe(true);
      decisions += 1;
    }
    expect(game.state.phase).toBe('ended');
  }
  return decisions;
}

describe('the AI only makes legal moves', () => {
  it('over 10,000 novice and standard decisions (cairo-2022 and the mini fixture)', {
    timeout: 60_000,
  }, () => {
    const mixes: Record<SeatId, AiStrength>[] = [
      { us: 'standard', ru: 'novice', a: 'standard', b: 'novice' },
      { us: 'novice', ru: 'standard', a: 'novice', b: 'standard' },
      { us: 'standard', ru: 'standard', a: 'standard', b: 'standard' },
      { us: 'novice', ru: 'novice', a: 'novice', b: 'novice' },
    ];
    const cairo = playChecked(compiledScenario(CAIRO), 200, mixes);
    const mini = playChecked(compiledScenario(MINI), 320, mixes);
    expect(cairo + mini).toBeGreaterThanOrEqual(10_000);
  });

  it('in expert games (mini fixture and cairo-2022)', { timeout: 60_000 }, () => {
    const expert: Record<SeatId, AiStrength>[] = [
      { us: 'expert', ru: 'standard', a: 'expert', b: 'novice' },
      { us: 'novice', ru: 'expert', a: 'standard', b: 'expert' },
    ];
    expect(playChecked(compiledScenario(MINI), 4, expert)).toBeGreaterThan(40);
    expect(playChecked(compiledScenario(CAIRO), 2, expert)).toBeGreaterThan(30);
  });
});
