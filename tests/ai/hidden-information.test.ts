import { describe, expect, it } from 'vitest';
import { chooseAction } from '../../src/ai/choose';
import { seedRng, shuffle } from '../../src/engine/rng';
import type { AiStrength, CompiledScenario, GameState, SeatId } from '../../src/engine/types';
import { viewFor } from '../../src/engine/view';
import { CAIRO, compiledScenario, MINI, walkRandomGame } from './helpers';

/**
 * The same game with the other seat's hidden cards dealt differently: its hand and draw pile
 * reshuffled together (same sizes) and another objective from its pool.
 */
function withOtherHiddenCardsChanged(
  compiled: CompiledScenario,
  state: GameState,
  seat: SeatId,
  salt: number,
) {
  const other = compiled.seats.find((id) => id !== seat) as SeatId;
  const hidden = state.seats[other];
  if (!hidden) throw new Error('no other seat');
  const pool = [...hidden.hand, ...hidden.drawPile];
  const reshuffled = shuffle({ rng: seedRng(salt) }, pool);
  const objectives = compiled.scenario.delegations.find((d) => d.id === other)?.objectives ?? [];
  const objective =
    state.phase === 'ended' ? hidden.objective : (objectives[salt % objectives.length] as string);
  return {
    ...state,
    seats: {
      ...state.seats,
      [other]: {
        ...hidden,
        hand: reshuffled.slice(0, hidden.hand.length),
        drawPile: reshuffled.slice(hidden.hand.length),
        objective,
      },
    },
  };
}

function compareDecisions(path: string, strengths: AiStrength[], games: number, every: number): number {
  const compiled = compiledScenario(path);
  let compared = 0;
  for (let seed = 1; seed <= games; seed++) {
    let move = 0;
    walkRandomGame(compiled, seed, ({ game, seat, legal }) => {
      move += 1;
      if (move % every !== 0) return;
      const changed = withOtherHiddenCardsChanged(compiled, game.state, seat, seed * 1000 + move);
      for (const strength of strengths) {
        const request = { compiled, legal, seat, strength, seed: seed + move };
        const original = chooseAction({ ...request, view: viewFor(game.state, seat) });
        const other = chooseAction({ ...request, view: viewFor(changed, seat) });
        expect(other).toEqual(original);
        compared += 1;
      }
    });
  }
  return compared;
}

describe('the AI sees only its view', () => {
  it('decides the same whatever the other seat holds (mini, novice and standard)', () => {
    expect(compareDecisions(MINI, ['novice', 'standard'], 10, 1)).toBeGreaterThan(150);
  });

  it('decides the same whatever the other seat holds (mini, expert)', { timeout: 30_000 }, () => {
    expect(compareDecisions(MINI, ['expert'], 4, 3)).toBeGreaterThanOrEqual(10);
  });

  it('decides the same whatever the other seat holds (cairo-2022, novice and standard)', () => {
    expect(compareDecisions(CAIRO, ['novice', 'standard'], 10, 1)).toBeGreaterThan(200);
  });

  it('decides the same whatever the other seat holds (cairo-2022, expert)', { timeout: 30_000 }, () => {
    expect(compareDecisions(CAIRO, ['expert'], 6, 5)).toBeGreaterThan(5);
  });

  it('would notice if the view changed: a different hand of its own gives other moves', () => {
    // Guards the test above: the comparison is able to fail.
    const compiled = compiledScenario(CAIRO);
    let differed = 0;
    walkRandomGame(compiled, 2, ({ game, seat, legal }) => {
      const request = { compiled, legal, seat, strength: 'novice' as const };
      const a = chooseAction({ ...request, view: viewFor(game.state, seat), seed: 1 });
      const b = chooseAction({ ...request, view: viewFor(game.state, seat), seed: 2 });
      if (JSON.stringify(a) !== JSON.stringify(b)) differed += 1;
    });
    expect(differed).toBeGreaterThan(0);
  });
});
