import { describe, expect, it } from 'vitest';
import { determinize, knownWorld } from '../../src/ai/determinize';
import { currentTable } from '../../src/engine/rules/table';
import type { CompiledScenario, GameState, SeatId } from '../../src/engine/types';
import { viewFor } from '../../src/engine/view';
import { CAIRO, compiledScenario, MINI, walkRandomGame } from './helpers';

/** Every card of a seat's deck, wherever it is: hand, draw pile, discard pile or the table. */
function cardsOf(compiled: CompiledScenario, state: GameState, seat: SeatId): string[] {
  const s = state.seats[seat];
  const offer = currentTable(state).offer;
  const onTable = offer
    ? [offer.proposal, offer.concession?.card, offer.demand?.card].filter((c): c is string => !!c)
    : [];
  const mine = onTable.filter((card) => compiled.cards.get(card)?.owner === seat);
  return [...(s?.hand ?? []), ...(s?.drawPile ?? []), ...(s?.discard ?? []), ...mine].sort();
}

function checkWorlds(compiled: CompiledScenario, seeds: number): number {
  let checked = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    walkRandomGame(compiled, seed, ({ game, seat }) => {
      const view = game.view(seat);
      const world = determinize(compiled, view, seat, { rng: seed * 31 + checked });
      // The world is one the seat could be in: its own view of the world is the view it was built from.
      const { log: _worldLog, ...seenInWorld } = viewFor(world, seat);
      const { log: _viewLog, ...seen } = view;
      expect({ ...seenInWorld, contextDeckSize: seen.contextDeckSize }).toEqual(seen);
      // No card is lost or duplicated.
      for (const id of compiled.seats)
        expect(cardsOf(compiled, world, id)).toEqual(cardsOf(compiled, game.state, id));
      checked += 1;
    });
  }
  return checked;
}

describe('determinize: a full state consistent with one seat’s view', () => {
  it('agrees with everything the seat sees and keeps every deck whole (mini)', () => {
    expect(checkWorlds(compiledScenario(MINI), 20)).toBeGreaterThan(100);
  });

  it('agrees with everything the seat sees and keeps every deck whole (cairo-2022)', () => {
    expect(checkWorlds(compiledScenario(CAIRO), 12)).toBeGreaterThan(100);
  });

  it('keeps the context deck’s size and draws only events still in it', () => {
    const compiled = compiledScenario(CAIRO);
    walkRandomGame(compiled, 3, ({ game, seat }) => {
      const world = determinize(compiled, game.view(seat), seat, { rng: 5 });
      expect(world.contextDeck.length).toBe(game.state.contextDeck.length);
      expect([...world.contextDeck].sort()).toEqual([...game.state.contextDeck].sort());
    });
  });
});

describe('knownWorld: the state as far as one seat knows it', () => {
  it('agrees with the view on everything but the hidden piles, and holds no card the seat cannot see', () => {
    const compiled = compiledScenario(CAIRO);
    let checked = 0;
    for (let seed = 1; seed <= 8; seed++)
      walkRandomGame(compiled, seed, ({ game, seat }) => {
        const view = game.view(seat);
        const world = knownWorld(compiled, view, seat);
        const { log: _worldLog, seats: worldSeats, ...seenInWorld } = viewFor(world, seat);
        const { log: _viewLog, seats, ...seen } = view;
        expect({ ...seenInWorld, contextDeckSize: seen.contextDeckSize }).toEqual(seen);
        for (const id of compiled.seats) {
          const known = worldSeats[id];
          const hidden = seats[id];
          expect(known?.discard).toEqual(hidden?.discard);
          expect(world.seats[id]?.drawPile).toEqual([]);
          if (id === seat) expect(known?.hand).toEqual(hidden?.hand);
          else {
            expect(world.seats[id]?.hand).toEqual([]);
            expect(world.seats[id]?.objective).toBe('');
          }
        }
        expect(world.contextDeck).toEqual([]);
        checked += 1;
      });
    expect(checked).toBeGreaterThan(20);
  });
});
