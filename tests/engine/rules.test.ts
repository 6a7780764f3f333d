/** Layer 1: rule tables. Each case names where its expectation comes from. */
import { describe, expect, it } from 'vitest';
import { countRounds, roundLabel } from '../../src/engine/calendar';
import { holds } from '../../src/engine/conditions';
import { changeLevel } from '../../src/engine/effects';
import { reachesFormalLevel, refusalFor } from '../../src/engine/legal';
import { leadForExchange } from '../../src/engine/rules/round';
import { scoreSeat } from '../../src/engine/rules/scoring';
import type { Condition, GameState } from '../../src/engine/types';
import { compiled, newGame } from './fixtures';

describe('changeLevel (scenario format: level changes)', () => {
  it.each([
    { current: 2, change: 1, max: 4, expected: 3, from: '+n adds' },
    { current: 4, change: 1, max: 4, expected: 4, from: 'a track never passes its top level' },
    { current: 0, change: -2, max: 4, expected: 0, from: 'a track never goes below 0' },
    { current: 3, change: { to: 1 }, max: 4, expected: 1, from: '{ to } sets' },
    {
      current: 3,
      change: { atMost: 1 },
      max: 3,
      expected: 1,
      from: 'suspension: data drops to launch notices',
    },
    { current: 0, change: { atMost: 1 }, max: 3, expected: 0, from: '{ atMost } never raises' },
    { current: 0, change: { atLeast: 2 }, max: 3, expected: 2, from: '{ atLeast } raises' },
  ])('$from', ({ current, change, max, expected }) => {
    expect(changeLevel(current, change, max)).toBe(expected);
  });
});

describe('conditions (rules.md: dated events fire only if their condition holds)', () => {
  const c = compiled();
  const state = newGame().state;
  it.each<{ condition: Condition; expected: boolean; from: string }>([
    { condition: {}, expected: true, from: 'an empty condition always holds' },
    { condition: { tension: { atLeast: 5 } }, expected: true, from: 'mini starts at tension 5' },
    { condition: { tension: { atLeast: 6 } }, expected: false, from: 'range lower bound' },
    { condition: { issues: { access: { atMost: 1 } } }, expected: true, from: 'access starts closed' },
    {
      condition: { tension: { atLeast: 5 }, commission: { atLeast: 3 } },
      expected: false,
      from: 'keys are joined by and',
    },
    {
      condition: { any: [{ tension: { atLeast: 9 } }, { treaty: ['in-force'] }] },
      expected: true,
      from: 'any is or',
    },
    { condition: { not: { treaty: ['in-force'] } }, expected: false, from: 'not negates' },
    {
      condition: { sessionsHeld: { atMost: 0 } },
      expected: true,
      from: 'Cairo postponed: no session held yet',
    },
    { condition: { date: { before: '2030-02' } }, expected: true, from: 'round 1 is Jan 2030' },
    { condition: { date: { from: '2030-02' } }, expected: false, from: 'round 1 is Jan 2030' },
    { condition: { capital: { a: { atLeast: 4 } } }, expected: true, from: 'capital after replenish' },
    { condition: { fired: ['report'] }, expected: false, from: 'nothing has fired in round 1' },
    { condition: { notFired: ['report'] }, expected: true, from: 'nothing has fired in round 1' },
  ])('$from', ({ condition, expected }) => {
    expect(holds(c, state, condition)).toBe(expected);
  });

  it('"self" and "other" on cards are relative to the card owner', () => {
    const cond: Condition = { pressure: { self: { atLeast: 2 }, other: { atMost: 2 } } };
    expect(holds(c, state, cond, 'a')).toBe(true);
    expect(holds(c, state, { capital: { other: { atLeast: 99 } } }, 'a')).toBe(false);
  });
});

describe('calendar (rules.md: rounds are labelled by date; events fire in their window)', () => {
  const c = compiled();
  it.each([
    { start: '2022-11', end: '2026-02', months: 3, rounds: 13, from: 'cairo-2022: Nov 2022 to Feb 2026' },
    { start: '2030-01', end: '2030-10', months: 3, rounds: 3, from: 'mini' },
    { start: '2023-03', end: '2026-02', months: 3, rounds: 12, from: 'a window that does not divide evenly' },
  ])('$from has $rounds rounds', ({ start, end, months, rounds }) => {
    expect(countRounds(start, end, months)).toBe(rounds);
  });
  it('labels rounds by month', () => {
    expect([1, 2, 3].map((r) => roundLabel(c, r))).toEqual(['Jan 2030', 'Apr 2030', 'Jul 2030']);
  });
  it('places each dated event in the round whose months hold its date, at its step', () => {
    const ids = c.datedEvents.map(({ start, end }) => ({
      start: start.map((e) => e.id),
      end: end.map((e) => e.id),
    }));
    // mini: "postponed" is dated 10 Feb 2030 (round 1, Jan–Mar) at the end; "report" Apr 2030 (round 2) at the start.
    expect(ids).toEqual([
      { start: [], end: ['postponed'] },
      { start: ['report'], end: [] },
      { start: [], end: [] },
    ]);
  });
});

describe('the lead alternates (rules.md: talks)', () => {
  const c = compiled();
  it.each([
    [0, 'a'],
    [1, 'b'],
    [2, 'a'],
    [3, 'b'],
  ])('exchange %i is led by %s', (n, seat) => {
    expect(leadForExchange(c, n)).toBe(seat);
  });
});

describe('formal levels (rules.md: formal levels only by a commission decision)', () => {
  const c = compiled();
  const at = (access: number): GameState => ({ ...newGame().state, issues: { access, data: 2 } });
  it.each([
    { access: 0, cards: ['a-access-talks'], expected: false, from: '0 → 1 is informal' },
    { access: 2, cards: ['a-access-talks'], expected: true, from: '2 → 3 reaches formalFrom 3' },
    { access: 3, cards: ['a-access-talks'], expected: false, from: 'already at the top: nothing is raised' },
    { access: 2, cards: ['b-data'], expected: false, from: 'data has no formal levels' },
  ])('$from', ({ access, cards, expected }) => {
    expect(reachesFormalLevel(c, at(access), cards)).toBe(expected);
  });
});

describe('scoring (rules.md: Σ level × weight + objective + treaty bonus − pressure)', () => {
  const c = compiled();
  it.each<{
    access: number;
    data: number;
    treaty: GameState['treaty'];
    pressureA: number;
    met: Record<string, number>;
    expected: number;
  }>([
    {
      access: 2,
      data: 2,
      treaty: 'in-force' as const,
      pressureA: 1,
      met: {},
      expected: 2 * 3 + 2 * 1 + 5 - 1,
    },
    {
      access: 2,
      data: 2,
      treaty: 'in-force' as const,
      pressureA: 1,
      met: { 'a-access': 1 },
      expected: 8 + 5 + 5 - 1,
    },
    { access: 0, data: 0, treaty: 'collapsed' as const, pressureA: 4, met: {}, expected: 0 - 5 - 4 },
    { access: 1, data: 1, treaty: 'suspended' as const, pressureA: 0, met: {}, expected: 3 + 1 },
  ])('total $expected', ({ access, data, treaty, pressureA, met, expected }) => {
    const base = newGame().state;
    const state: GameState = {
      ...base,
      issues: { access, data },
      treaty,
      objectivesMet: met,
      seats: {
        ...base.seats,
        a: { ...(base.seats.a as GameState['seats'][string]), pressure: pressureA, objective: 'a-access' },
      },
    };
    const score = scoreSeat(state, c, 'a');
    expect(score.total).toBe(expected);
    expect(score.metMandate).toBe(expected >= 8);
  });
});

describe('refusals (architecture.md: illegal events are refused with a reason)', () => {
  const c = compiled();
  const state = newGame().state;
  it.each([
    { event: null, code: 'malformed' },
    { event: { type: 'DANCE', seat: 'a' }, code: 'malformed' },
    { event: { type: 'PASS', seat: 'z' }, code: 'malformed' },
    { event: { type: 'PROPOSE', seat: 'a', proposal: 42 }, code: 'malformed' },
    { event: { type: 'PASS', seat: 'b' }, code: 'not-your-turn' },
    { event: { type: 'ACCEPT', seat: 'a' }, code: 'nothing-on-table' },
    { event: { type: 'PROPOSE', seat: 'a', proposal: 'b-data' }, code: 'not-in-hand' },
  ])('$code for $event', ({ event, code }) => {
    expect(refusalFor(c, state, event)?.code).toBe(code);
  });
});
