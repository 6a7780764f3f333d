/** Layer 2: a small fixture scenario driven through the facade, asserting the state the rules page predicts. */
import { describe, expect, it } from 'vitest';
import type { Game } from '../../src/engine/game';
import { refusalFor } from '../../src/engine/legal';
import type { GameEvent } from '../../src/engine/types';
import { newGame } from './fixtures';

/** The first seed whose opening hands hold the cards a test needs (hands are dealt by the seeded PRNG). */
function gameWithHands(cards: Record<string, string[]>): Game {
  for (let seed = 1; seed < 500; seed++) {
    const game = newGame(undefined, seed);
    const ok = Object.entries(cards).every(([seat, ids]) =>
      ids.every((id) => game.state.seats[seat]?.hand.includes(id)),
    );
    if (ok) return game;
  }
  throw new Error(`no seed deals ${JSON.stringify(cards)}`);
}

function send(game: Game, event: GameEvent) {
  const result = game.send(event);
  if (!result.ok) throw new Error(`${event.type} refused: ${result.refusal.reason}`);
  return result.state;
}

describe('talks', () => {
  it('an accepted proposal with a concession moves the issue, costs the lead, eases tension, and the giver pays pressure at review', () => {
    const game = gameWithHands({ a: ['a-access-talks', 'a-visas'] });
    const before = game.state;
    send(game, { type: 'PROPOSE', seat: 'a', proposal: 'a-access-talks', concession: 'a-visas' });
    expect(game.state.seats.a?.capital).toBe((before.seats.a?.capital ?? 0) - 2);
    const after = send(game, { type: 'ACCEPT', seat: 'b' });
    expect(after.issues.access).toBe(1);
    expect(after.tension).toBe(before.tension - 1);
    expect(after.seats.b?.pressure).toBe((before.seats.b?.pressure ?? 0) - 1);
    expect(after.seats.a?.conceded).toBe(true);
    expect(after.seats.a?.discard).toEqual(expect.arrayContaining(['a-access-talks', 'a-visas']));
    send(game, { type: 'PASS', seat: 'b' });
    expect(game.state.round).toBe(2);
    expect(game.state.timeline[0]?.pressure.a).toBe((before.seats.a?.pressure ?? 0) + 1);
  });

  it('a rejection raises tension and eases the rejecter’s pressure', () => {
    const game = gameWithHands({ a: ['a-access-talks'] });
    const before = game.state;
    send(game, { type: 'PROPOSE', seat: 'a', proposal: 'a-access-talks' });
    const after = send(game, { type: 'REJECT', seat: 'b' });
    expect(after.tension).toBe(before.tension + 1);
    expect(after.seats.b?.pressure).toBe((before.seats.b?.pressure ?? 0) - 1);
    expect(after.issues.access).toBe(0);
    expect(after.talks.lead).toBe('b');
  });

  it('a counter with a demand makes the lead pay its accept cost', () => {
    const game = gameWithHands({ a: ['a-access-talks'], b: ['b-carveout'] });
    send(game, { type: 'PROPOSE', seat: 'a', proposal: 'a-access-talks' });
    send(game, { type: 'COUNTER', seat: 'b', card: 'b-carveout' });
    expect(game.legalActions('b')).toEqual([]);
    expect(
      game
        .legalActions('a')
        .map((e) => e.type)
        .sort(),
    ).toEqual(['ACCEPT', 'REJECT']);
    const capitalA = game.state.seats.a?.capital ?? 0;
    const capitalB = game.state.seats.b?.capital ?? 0;
    const after = send(game, { type: 'ACCEPT', seat: 'a' });
    expect(after.seats.a?.capital).toBe(capitalA - 2);
    expect(after.seats.b?.capital).toBe(capitalB + 1);
  });

  it('a second counter in one exchange is refused', () => {
    const game = gameWithHands({ a: ['a-access-talks', 'a-count'], b: ['b-carveout', 'b-exhibit'] });
    send(game, { type: 'PROPOSE', seat: 'a', proposal: 'a-access-talks' });
    send(game, { type: 'COUNTER', seat: 'b', card: 'b-carveout' });
    expect(game.send({ type: 'COUNTER', seat: 'a', card: 'a-count' })).toMatchObject({
      ok: false,
      refusal: { code: 'already-countered' },
    });
  });

  it('a statement lowers one’s own pressure and raises tension', () => {
    const game = gameWithHands({ a: ['a-briefing'] });
    const before = game.state;
    const after = send(game, { type: 'PLAY_STATEMENT', seat: 'a', card: 'a-briefing' });
    expect(after.seats.a?.pressure).toBe((before.seats.a?.pressure ?? 0) - 1);
    expect(after.tension).toBe(before.tension + 1);
  });
});

describe('passing', () => {
  it('a lead who passes may set one card aside: it goes to the discard pile and the hand refills next round', () => {
    const game = newGame();
    const card = game.state.seats.a?.hand[0] as string;
    send(game, { type: 'PASS', seat: 'a', discard: card });
    expect(game.state.seats.a?.hand).not.toContain(card);
    expect(game.state.seats.a?.discard).toContain(card);
    expect(game.state.cardsPlayed[card]).toBeUndefined();
    send(game, { type: 'PASS', seat: 'b' });
    expect(game.state.seats.a?.hand.length).toBe(4);
  });

  it('a card not in hand cannot be set aside, and nothing is set aside in a session', () => {
    const game = newGame();
    expect(game.send({ type: 'PASS', seat: 'a', discard: 'b-data' })).toMatchObject({
      ok: false,
      refusal: { code: 'not-in-hand' },
    });
  });
});

describe('the commission', () => {
  it('convening opens a session after the talks; a session that agrees nothing raises tension, and the track returns to 0', () => {
    const game = gameWithHands({ a: ['a-convene'] });
    send(game, { type: 'PROPOSE', seat: 'a', proposal: 'a-convene' });
    send(game, { type: 'ACCEPT', seat: 'b' });
    expect(game.state.commission).toBe(3);
    send(game, { type: 'PASS', seat: 'b' });
    expect(game.state.phase).toBe('session');
    const tension = game.state.tension;
    const tabler = game.awaiting() as string;
    expect(game.send({ type: 'PLAY_STATEMENT', seat: tabler, card: 'a-briefing' })).toMatchObject({
      ok: false,
    });
    send(game, { type: 'PASS', seat: tabler });
    send(game, { type: 'PASS', seat: game.awaiting() as string });
    const after = game.state;
    expect(after.sessionsHeld).toBe(1);
    expect(after.commission).toBe(0);
    expect(after.round).toBe(2);
    expect(after.timeline[0]?.tension).toBe(tension + 1);
    // The session was held, so the dated "postponed" event at the end of round 1 was averted.
    expect(after.averted.postponed).toBe(1);
  });

  it('without a session the postponement fires at the end of round 1', () => {
    const game = newGame();
    send(game, { type: 'PASS', seat: 'a' });
    send(game, { type: 'PASS', seat: 'b' });
    expect(game.state.fired.postponed).toBe(1);
    expect(game.state.timeline[0]?.commission).toBe(0);
  });

  it('a proposal that reaches a formal level is refused outside a session', () => {
    const game = gameWithHands({ a: ['a-access-talks'] });
    // Refusals are a pure function of the state: check one on a snapshot where access is one step below formal.
    const state = { ...game.state, issues: { access: 2, data: 2 } };
    const event: GameEvent = { type: 'PROPOSE', seat: 'a', proposal: 'a-access-talks' };
    expect(refusalFor(game.compiled, state, event)?.code).toBe('needs-session');
    expect(refusalFor(game.compiled, game.state, event)).toBeNull();
  });
});

describe('refused events change nothing', () => {
  it('keeps the state identical', () => {
    const game = newGame();
    const before = JSON.stringify(game.state);
    for (const event of [
      { type: 'ACCEPT', seat: 'a' },
      { type: 'PASS', seat: 'b' },
      { type: 'PROPOSE', seat: 'a', proposal: 'nope' },
    ] as GameEvent[]) {
      expect(game.send(event).ok).toBe(false);
    }
    expect(JSON.stringify(game.state)).toBe(before);
    expect(game.save().events).toEqual([]);
  });
});
