import { describe, expect, it } from 'vitest';
import { stateAfterMove } from '../../src/ai/outcome';
import { projectToNextRound } from '../../src/ai/projection';
import { chooseRandom } from '../../src/ai/random-agent';
import { createGame } from '../../src/engine/game';
import { seedRng } from '../../src/engine/rng';
import type { GameState } from '../../src/engine/types';
import { CAIRO, compiledScenario, MINI, walkRandomGame } from './helpers';

// What a look-ahead state does not keep: no log and no tally of cards played (see ai/scratch.ts).
const withoutRecords = (state: GameState) => JSON.stringify({ ...state, log: [], cardsPlayed: {} });

describe('look-ahead on scratch copies', () => {
  it.each([MINI, CAIRO])('makes a move exactly as the engine does (%s)', (path) => {
    const compiled = compiledScenario(path);
    let compared = 0;
    for (let seed = 1; seed <= 10; seed++) {
      let predicted: GameState | null = null;
      let before: GameState | null = null;
      walkRandomGame(compiled, seed, ({ game, chosen }) => {
        // Only moves that leave the machine where it was: the others also run the round's steps.
        if (predicted && before?.round === game.state.round && before.phase === game.state.phase) {
          expect(withoutRecords(predicted)).toBe(withoutRecords(game.state));
          compared += 1;
        }
        before = game.state;
        predicted = stateAfterMove(compiled, game.state, chosen);
      });
    }
    expect(compared).toBeGreaterThan(50);
  });

  it.each([MINI, CAIRO])('never changes the state it starts from (%s)', (path) => {
    const compiled = compiledScenario(path);
    for (let seed = 1; seed <= 6; seed++) {
      walkRandomGame(compiled, seed, ({ game, legal }) => {
        const before = JSON.stringify(game.state);
        for (const event of legal) projectToNextRound(compiled, stateAfterMove(compiled, game.state, event));
        expect(JSON.stringify(game.state)).toBe(before);
      });
    }
  });

  // Scratch copies share these marks with the state they copy, which is safe only if no rule
  // changes them in place, even in the simulator's in-place games.
  it('shares marks that the rules replace rather than change in place', () => {
    const compiled = compiledScenario(CAIRO);
    for (let seed = 1; seed <= 10; seed++) {
      const game = createGame(compiled, { seed, seats: {}, inPlace: true });
      const seen = new Map<object, string>();
      const rng = { rng: seedRng(seed) };
      for (let seat = game.awaiting(); seat !== null; seat = game.awaiting()) {
        const { fired, averted, objectivesMet } = game.state;
        for (const marks of [fired, averted, objectivesMet])
          if (!seen.has(marks)) seen.set(marks, JSON.stringify(marks));
        game.send(chooseRandom(game.legalActions(seat), rng));
      }
      for (const [marks, json] of seen) expect(JSON.stringify(marks)).toBe(json);
      expect(seen.size).toBeGreaterThan(3);
    }
  });
});
