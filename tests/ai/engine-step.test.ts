import { describe, expect, it } from 'vitest';
import { advance, machineValue } from '../../src/ai/engine-step';
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
        seen.add(JSON.stringify(machineValue(game.state)));
      });
    }
    expect([...seen].sort()).toEqual(
      [
        { talks: 'awaitingLead' },
        { talks: 'awaitingResponse' },
        { talks: 'awaitingLeadAnswer' },
        { session: 'awaitingTabling' },
        { session: 'awaitingResponse' },
      ]
        .map((value) => JSON.stringify(value))
        .sort(),
    );
  });
});
