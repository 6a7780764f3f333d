/**
 * Layer 4: properties. Random legal play keeps every invariant; save → load → replay is exact;
 * garbage input is refused without changing anything.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario, createGame, type Game, loadGame } from '../../src/engine/game';
import { refusalFor } from '../../src/engine/legal';
import type { CompiledScenario, GameEvent, GameState } from '../../src/engine/types';
import { viewFor } from '../../src/engine/view';
import { loadScenario } from './fixtures';

const SCENARIOS = ['tests/fixtures/engine/mini.yaml', 'scenarios/tutorial.yaml', 'scenarios/cairo-2022.yaml'];

function checkInvariants(c: CompiledScenario, state: GameState): void {
  const { rules, issues } = c.scenario;
  expect(state.tension).toBeGreaterThanOrEqual(0);
  expect(state.tension).toBeLessThanOrEqual(rules.tensionMax);
  for (const issue of issues) {
    expect(state.issues[issue.id]).toBeGreaterThanOrEqual(0);
    expect(state.issues[issue.id]).toBeLessThan(issue.levels.length);
  }
  expect(state.commission).toBeGreaterThanOrEqual(0);
  expect(state.commission).toBeLessThanOrEqual(c.commissionTop);
  const onTable = [state.talks.offer, state.session?.offer].flatMap((offer) =>
    offer ? [offer.proposal, offer.concession?.card, offer.demand?.card].filter(Boolean) : [],
  );
  for (const seat of c.seats) {
    const s = state.seats[seat];
    if (!s) throw new Error(`seat ${seat} missing`);
    expect(s.capital).toBeGreaterThanOrEqual(0);
    expect(s.capital).toBeLessThanOrEqual(rules.capitalMax);
    expect(s.pressure).toBeGreaterThanOrEqual(0);
    expect(s.pressure).toBeLessThanOrEqual(rules.pressureMax);
    // Cards are conserved: every card of the deck is in exactly one place.
    const deck = c.scenario.cards.filter((card) => card.owner === seat).map((card) => card.id);
    const places = [
      ...s.hand,
      ...s.drawPile,
      ...s.discard,
      ...onTable.filter((id) => deck.includes(id as string)),
    ];
    expect([...places].sort()).toEqual([...deck].sort());
  }
}

/** What the other seat may not learn: its hand's cards that were never shown on the table. */
function checkHiddenInformation(game: Game): void {
  const state = game.state;
  if (state.phase === 'ended') return;
  for (const viewer of game.compiled.seats) {
    const view = game.view(viewer);
    const other = game.compiled.seats.find((s) => s !== viewer) as string;
    expect(view.seats[other]?.hand).toBeNull();
    expect(view.seats[other]?.objective).toBeNull();
    expect(view).not.toHaveProperty('rng');
    expect(view).not.toHaveProperty('contextDeck');
    const text = JSON.stringify(view);
    const shown =
      JSON.stringify(state.log) + JSON.stringify(state.seats[other]?.discard) + JSON.stringify(state.talks);
    for (const card of state.seats[other]?.hand ?? []) {
      if (!shown.includes(`"${card}"`)) expect(text).not.toContain(`"${card}"`);
    }
  }
}

/** Every event a seat could send with the cards in its hand, legal or not, in the shape legalActions uses. */
function everyMove(state: GameState, seat: string): GameEvent[] {
  const hand = state.seats[seat]?.hand ?? [];
  const optional = [undefined, ...hand];
  const moves: GameEvent[] = [
    { type: 'ACCEPT', seat },
    { type: 'REJECT', seat },
    { type: 'PASS', seat },
  ];
  for (const card of hand) {
    moves.push({ type: 'COUNTER', seat, card }, { type: 'PLAY_STATEMENT', seat, card });
    moves.push({ type: 'PLAY_GESTURE', seat, card }, { type: 'PASS', seat, discard: card });
    for (const concession of optional) {
      for (const demand of optional) {
        const propose: GameEvent = { type: 'PROPOSE', seat, proposal: card };
        if (concession) propose.concession = concession;
        if (demand) propose.demand = demand;
        moves.push(propose);
      }
    }
  }
  return moves;
}

/** Plays a whole game choosing legal[choice % n]; checks invariants after every move. */
function playOut(c: CompiledScenario, seed: number, choices: number[], check: boolean): Game {
  const game = createGame(c, { seed, seats: {} });
  let i = 0;
  while (game.awaiting() !== null && i < 2000) {
    const seat = game.awaiting() as string;
    const legal = game.legalActions(seat);
    expect(legal.length).toBeGreaterThan(0);
    const before = JSON.stringify(game.state);
    const previous = game.state;
    const result = game.send(legal[(choices[i % choices.length] ?? 0) % legal.length] as GameEvent);
    expect(result.ok).toBe(true);
    // Snapshots are immutable by convention: the previous one must not have changed.
    if (check) expect(JSON.stringify(previous)).toBe(before);
    if (check) {
      checkInvariants(c, game.state);
      checkHiddenInformation(game);
    }
    i++;
  }
  return game;
}

// Property runs play dozens of whole games with checks after every move: allow them time on a busy machine.
describe.each(SCENARIOS)('%s', { timeout: 120_000 }, (path) => {
  const compiled = compileScenario(loadScenario(path));
  const runs = path.includes('cairo') ? 25 : 60;

  it('random legal play keeps every invariant and ends by the last round', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { minLength: 1, maxLength: 64 }), (seed, choices) => {
        const game = playOut(compiled, seed, choices, true);
        const { result } = game.state;
        expect(game.state.phase).toBe('ended');
        expect(result).not.toBeNull();
        expect(result?.round).toBeLessThanOrEqual(compiled.totalRounds);
        if (result?.reason === 'expiry') expect(result.round).toBe(compiled.totalRounds);
        else expect(game.state.treaty).toBe('collapsed');
      }),
      { numRuns: runs },
    );
  });

  it('save → load → replay gives the identical state', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 64 }),
        fc.nat(200),
        (seed, choices, stopAfter) => {
          const game = createGame(compiled, { seed, seats: {} });
          for (let i = 0; i < stopAfter && game.awaiting() !== null; i++) {
            const legal = game.legalActions(game.awaiting() as string);
            game.send(legal[(choices[i % choices.length] ?? 0) % legal.length] as GameEvent);
          }
          const save = JSON.parse(JSON.stringify(game.save()));
          const loaded = loadGame(compiled, save);
          expect(loaded.ok).toBe(true);
          if (loaded.ok) expect(loaded.game.state).toEqual(game.state);
        },
      ),
      { numRuns: runs },
    );
  });

  it('in-place mode (the simulator’s) gives the same states as snapshots, move by move', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { minLength: 1, maxLength: 64 }), (seed, choices) => {
        const snapshots = createGame(compiled, { seed, seats: {} });
        const inPlace = createGame(compiled, { seed, seats: {}, inPlace: true });
        for (let i = 0; snapshots.awaiting() !== null; i++) {
          const legal = snapshots.legalActions(snapshots.awaiting() as string);
          expect(inPlace.legalActions(inPlace.awaiting() as string)).toEqual(legal);
          const event = legal[(choices[i % choices.length] ?? 0) % legal.length] as GameEvent;
          snapshots.send(event);
          inPlace.send(event);
          expect(JSON.stringify(inPlace.state)).toBe(JSON.stringify(snapshots.state));
        }
        expect(inPlace.awaiting()).toBeNull();
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  });

  it('lists every move the rules accept, and no other', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { minLength: 1, maxLength: 64 }), (seed, choices) => {
        const game = createGame(compiled, { seed, seats: {} });
        for (let i = 0; game.awaiting() !== null; i++) {
          const seat = game.awaiting() as string;
          const legal = game.legalActions(seat);
          const accepted = everyMove(game.state, seat).filter(
            (e) => refusalFor(compiled, game.state, e) === null,
          );
          expect(new Set(legal.map((e) => JSON.stringify(e)))).toEqual(
            new Set(accepted.map((e) => JSON.stringify(e))),
          );
          game.send(legal[(choices[i % choices.length] ?? 0) % legal.length] as GameEvent);
        }
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  });

  it('the same seed and moves give the same state, bit for bit', () => {
    const a = playOut(compiled, 99, [3, 1, 4, 1, 5, 9, 2, 6], false);
    const b = playOut(compiled, 99, [3, 1, 4, 1, 5, 9, 2, 6], false);
    expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
  });
});

describe('garbage never changes the state', () => {
  const compiled = compileScenario(loadScenario(SCENARIOS[0] as string));
  it('refuses arbitrary values with a reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.constantFrom(
              'PROPOSE',
              'COUNTER',
              'ACCEPT',
              'REJECT',
              'PLAY_STATEMENT',
              'PLAY_GESTURE',
              'PASS',
              'X',
            ),
            seat: fc.constantFrom('a', 'b', 'c', ''),
            proposal: fc.oneof(fc.string(), fc.constantFrom('a-access-talks', 'b-data', 'a-visit')),
            card: fc.oneof(fc.string(), fc.constantFrom('a-briefing', 'b-notice', 'a-visas')),
          }),
        ),
        (event) => {
          const game = createGame(compiled, { seed: 5, seats: {} });
          const before = JSON.stringify(game.state);
          const result = game.send(event as GameEvent);
          if (!result.ok) {
            expect(result.refusal.reason.length).toBeGreaterThan(0);
            expect(JSON.stringify(game.state)).toBe(before);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports corrupt saves instead of loading them', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const loaded = loadGame(compiled, data);
        expect(loaded.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    const good = createGame(compiled, { seed: 1, seats: {} }).save();
    expect(loadGame(compiled, { ...good, scenarioHash: '0000000000000000' })).toMatchObject({
      ok: false,
      problem: { code: 'scenario-changed' },
    });
    expect(loadGame(compiled, { ...good, events: [{ type: 'ACCEPT', seat: 'a' }] })).toMatchObject({
      ok: false,
      problem: { code: 'refused-event', index: 0 },
    });
  });
});

describe('views carry nothing that reveals the other hand', () => {
  const compiled = compileScenario(loadScenario(SCENARIOS[0] as string));
  it('has no seed or PRNG state, and names only the viewer’s own met objective', () => {
    const game = createGame(compiled, { seed: 42, seats: {} });
    const view = game.view('a');
    expect(view).not.toHaveProperty('seed');
    expect(view).not.toHaveProperty('rng');
    const state = { ...game.state, objectivesMet: { 'a-access': 1, 'b-session': 1 } };
    const seats = {
      ...state.seats,
      a: { ...(state.seats.a as GameState['seats'][string]), objective: 'a-access' },
    };
    expect(viewFor({ ...state, seats }, 'a').objectivesMet).toEqual({ 'a-access': 1 });
    expect(viewFor({ ...state, seats }, null).objectivesMet).toEqual({});
  });
});
