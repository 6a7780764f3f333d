import { describe, expect, it } from 'vitest';
import {
  looksLikeUrl,
  parseController,
  parseSeed,
  parseUrlOptions,
  shareQuery,
} from '../../src/app/url-params';

describe('parseUrlOptions', () => {
  it('reads scenario, seed and seats (the instructor share link)', () => {
    const options = parseUrlOptions('?scenario=tutorial&seed=42&seats=us=human,ru=expert');
    expect(options).toEqual({
      scenario: 'tutorial',
      seed: 42,
      seats: { us: { kind: 'human' }, ru: { kind: 'ai', strength: 'expert' } },
      problems: [],
    });
  });

  it('gives nulls and no problems for an empty query', () => {
    expect(parseUrlOptions('')).toEqual({ scenario: null, seed: null, seats: {}, problems: [] });
  });

  it.each([['-1'], ['1.5'], ['abc'], ['99999999999'], ['2147483648']])(
    'refuses seed %s and says why',
    (seed) => {
      const options = parseUrlOptions(`?seed=${seed}`);
      expect(options.seed).toBeNull();
      expect(options.problems[0]).toMatch(/seed/);
    },
  );

  it('keeps good seats entries and reports bad ones', () => {
    const options = parseUrlOptions('?seats=us=wizard,ru=ai,=human');
    expect(options.seats).toEqual({ ru: { kind: 'ai', strength: 'standard' } });
    expect(options.problems).toHaveLength(2);
  });

  it('decodes a scenario URL', () => {
    const options = parseUrlOptions('?scenario=https%3A%2F%2Fexample.org%2Fs.yaml');
    expect(options.scenario).toBe('https://example.org/s.yaml');
  });
});

describe('seeds, controllers and share links', () => {
  it('accepts the largest 31-bit seed', () => expect(parseSeed('2147483647')).toBe(2147483647));
  it('is case-insensitive for controllers', () =>
    expect(parseController('Novice')).toEqual({ kind: 'ai', strength: 'novice' }));
  it('round-trips a setup through a share link', () => {
    const seats = {
      us: { kind: 'human' as const },
      ru: { kind: 'ai' as const, strength: 'novice' as const },
    };
    const options = parseUrlOptions(shareQuery('cairo-2022', 7, seats));
    expect(options).toEqual({ scenario: 'cairo-2022', seed: 7, seats, problems: [] });
  });
  it('tells ids from URLs', () => {
    expect(looksLikeUrl('cairo-2022')).toBe(false);
    expect(looksLikeUrl('scenarios/x.yaml')).toBe(true);
  });
});
