/** Layer 2: the built-in scenarios played to their end through the facade, as the simulator and the app do. */
import { describe, expect, it } from 'vitest';
import { chooseRandom } from '../../src/ai/random-agent';
import { compileScenario, createGame } from '../../src/engine/game';
import { narrate } from '../../src/engine/narrate';
import { loadScenario } from './fixtures';

describe.each(['scenarios/cairo-2022.yaml', 'scenarios/tutorial.yaml'])('%s', { timeout: 60_000 }, (path) => {
  const compiled = compileScenario(loadScenario(path));

  it('plays complete games through the facade to a scored end', () => {
    const endings = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const game = createGame(compiled, { seed, seats: {} });
      const rng = { rng: seed + 1 };
      for (let seat = game.awaiting(); seat !== null; seat = game.awaiting()) {
        const result = game.send(chooseRandom(game.legalActions(seat), rng));
        expect(result.ok).toBe(true);
      }
      const { result } = game.state;
      expect(result).not.toBeNull();
      endings.add(result?.reason ?? '');
      for (const seat of compiled.seats) {
        const score = result?.scores[seat];
        expect(Number.isFinite(score?.total)).toBe(true);
      }
      expect(game.state.timeline.length).toBe(result?.round);
      // Every log entry reads as a sentence with no unresolved ids.
      for (const entry of game.state.log) expect(narrate(compiled, entry)).toMatch(/^[A-Z“].*[.”]$/);
    }
    expect(endings.size).toBeGreaterThan(0);
  });

  it('opens round 1 at the scenario start with both hands dealt', () => {
    const game = createGame(compiled, { seed: 1, seats: {} });
    const { state } = game;
    expect(state.round).toBe(1);
    expect(state.phase).toBe('talks');
    expect(game.awaiting()).toBe(compiled.scenario.rules.firstLead);
    for (const seat of compiled.seats)
      expect(state.seats[seat]?.hand.length).toBe(compiled.scenario.rules.handSize);
  });
});

describe('cairo-2022 opens as history stood in November 2022', () => {
  const compiled = compileScenario(loadScenario('scenarios/cairo-2022.yaml'));
  const state = createGame(compiled, { seed: 1, seats: {} }).state;
  it('starts in Nov 2022 and runs to the expiry in Feb 2026', () => {
    expect(compiled.scenario.calendar.start).toBe('2022-11');
    expect(compiled.scenario.calendar.end).toBe('2026-02');
    expect(compiled.totalRounds).toBe(13);
  });
  it('has inspections exempted, the conversion dispute open, data still exchanged, the treaty in force', () => {
    expect(state.treaty).toBe('in-force');
    expect(compiled.scenario.issues.find((i) => i.id === 'inspections')?.start).toBe(0);
    expect(compiled.scenario.issues.find((i) => i.id === 'conversions')?.start).toBe(0);
    const data = compiled.scenario.issues.find((i) => i.id === 'data');
    expect(data?.start).toBe((data?.levels.length ?? 0) - 1);
  });
  it('has the Cairo session one step from convened, so round 1 can still hold it', () => {
    expect(compiled.scenario.commission.start).toBe(compiled.commissionTop - 1);
    const postponed = compiled.scenario.events.dated.find((e) => e.date === '2022-11-28');
    expect(postponed?.when).toBe('end');
  });
  it('has at least 20 attributed, sourced cards per delegation and 12 context events', () => {
    for (const seat of compiled.seats) {
      const deck = compiled.scenario.cards.filter((c) => c.owner === seat);
      expect(deck.length).toBeGreaterThanOrEqual(20);
      for (const card of deck) {
        expect(card.attribution.length).toBeGreaterThan(2);
        expect(card.source.publisher.length).toBeGreaterThan(1);
      }
    }
    expect(compiled.scenario.events.context.length).toBeGreaterThanOrEqual(12);
  });
});
