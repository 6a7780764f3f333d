import { describe, expect, it } from 'vitest';
import { advance, machineValue } from '../../src/ai/engine-step';
import { currentTable } from '../../src/engine/rules/table';
import type { GameState } from '../../src/engine/types';
import { CAIRO, compiledScenario, MINI, walkRandomGame } from './helpers';

describe('advance: the round machine stepped purely from any state', () => {
  // The expert's rollouts must run the very rules the game runs: each step agrees with the facade.
  it.each([MINI, CAIRO])('gives the facade’s next state for every move of random games (%s)', (path) => {
    const compiled = compiledScenario(path);
    let moves = 0;
    for (let seed = 1; seed <= 12; seed++) {
      let predicted: GameState | null = null;
      const final = walkRandomGame(compiled, seed, ({ game, chosen }) => {
        if (predicted) expect(game.state).toEqual(predicted);
        predicted = advance(compiled, game.state, chosen);
        moves += 1;
      });
      expect(final).toEqual(predicted);
    }
    expect(moves).toBeGreaterThan(100);
  });

  it('starts from every point where the game waits: lead, response, answer to a counter, session', () => {
    const compiled = compiledScenario(CAIRO);
    const seen = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      walkRandomGame(compiled, seed, ({ game }) => {
        seen.add(waitingPoint(game.state));
      });
    }
    expect([...seen].sort()).toEqual(
      [
        'talks: lead',
        'talks: response',
        'talks: answer to a counter',
        'session: tabling',
        'session: response',
      ].sort(),
    );
  });

  it('names the machine state from the game phase', () => {
    const compiled = compiledScenario(CAIRO);
    walkRandomGame(compiled, 1, ({ game }) => {
      expect(machineValue(game.state)).toBe(game.state.phase);
    });
  });
});

/** The situation at the table when the game waits for a move. */
function waitingPoint(state: GameState): string {
  const offer = currentTable(state).offer;
  if (state.phase === 'session') return offer ? 'session: response' : 'session: tabling';
  if (!offer) return 'talks: lead';
  return offer.countered ? 'talks: answer to a counter' : 'talks: response';
}
