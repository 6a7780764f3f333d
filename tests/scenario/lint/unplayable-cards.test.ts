import { describe, expect, it } from 'vitest';
import { unplayableCards } from '../../../src/scenario/lint/unplayable-cards';
import { card, changed, findings, minimalScenario } from './fixture';

describe('unplayable-card', () => {
  it('finds nothing in a clean scenario', () => {
    expect(findings(unplayableCards, minimalScenario())).toEqual([]);
  });

  it('finds a requirement above the top of the track', () => {
    const scenario = changed((s) => {
      card(s, 'a-open').requires = { issues: { access: { atLeast: 3 } } };
    });
    const [finding] = findings(unplayableCards, scenario);
    expect(finding?.severity).toBe('error');
    expect(finding?.path).toEqual(['cards', 1, 'requires']);
    expect(finding?.message).toContain('card "a-open" can never be played');
    expect(finding?.message).toContain('issue "access" is never at least 3');
  });

  it('finds contradictory bounds, also across "all"', () => {
    const scenario = changed((s) => {
      card(s, 'a-open').requires = { tension: { atLeast: 6 }, all: [{ tension: { atMost: 2 } }] };
    });
    expect(findings(unplayableCards, scenario)[0]?.message).toContain(
      'the tension to be at least 6 and at most 2 at once',
    );
  });

  it('finds an "any" whose every choice is impossible, and keeps one that has a way', () => {
    const impossible = changed((s) => {
      card(s, 'a-open').requires = { any: [{ round: { atLeast: 9 } }, { commission: { atLeast: 5 } }] };
    });
    expect(findings(unplayableCards, impossible)[0]?.message).toContain('no "any" choice can hold');
    const possible = changed((s) => {
      card(s, 'a-open').requires = { any: [{ round: { atLeast: 9 } }, { round: { atMost: 2 } }] };
    });
    expect(findings(unplayableCards, possible)).toEqual([]);
  });

  it('finds a requirement on a collapsed treaty (the game is over by then)', () => {
    const scenario = changed((s) => {
      card(s, 'a-open').requires = { treaty: ['collapsed'] };
    });
    expect(findings(unplayableCards, scenario)[0]?.message).toContain(
      'the game ends as soon as the treaty collapses',
    );
  });

  it('finds a date window outside the calendar', () => {
    const scenario = changed((s) => {
      card(s, 'a-open').requires = { date: { from: '2031-06' } };
    });
    expect(findings(unplayableCards, scenario)[0]?.message).toContain('the round is never at least 7');
  });

  it('finds a card that costs more than capital can ever be', () => {
    const scenario = changed((s) => {
      card(s, 'a-open').cost = 11;
    });
    expect(findings(unplayableCards, scenario)[0]?.path).toEqual(['cards', 1, 'cost']);
  });

  it('finds a proposal whose effects change nothing', () => {
    const scenario = changed((s) => {
      card(s, 'a-open').effects = { issues: {}, tension: 0 };
    });
    expect(findings(unplayableCards, scenario)[0]?.message).toContain('its effects change nothing');
  });

  it('finds a concession that applies only to issues no proposal moves', () => {
    const scenario = changed((s) => {
      s.cards.push({
        ...card(s, 'b-fee'),
        id: 'b-grant',
        kind: 'concession',
        acceptCost: 0,
        appliesTo: ['fishing'],
      });
    });
    expect(findings(unplayableCards, scenario)[0]?.message).toContain('no proposal moves "fishing"');
  });

  it('finds a session-only proposal when no session can ever be convened', () => {
    const scenario = changed((s) => {
      card(s, 'a-date').effects = { tension: -1 };
      card(s, 'b-agenda').effects = { tension: -1 };
      card(s, 'a-open').sessionOnly = true;
    });
    expect(findings(unplayableCards, scenario)[0]?.message).toContain('it is session-only');
  });

  it('keeps a session-only proposal when sessions can happen', () => {
    const scenario = changed((s) => {
      card(s, 'a-open').sessionOnly = true;
    });
    expect(findings(unplayableCards, scenario)).toEqual([]);
  });
});
