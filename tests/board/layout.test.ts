import { describe, expect, it } from 'vitest';
import { computeLayout, type Rect } from '../../src/board/layout';

const sizes = [
  [1024, 600],
  [1280, 720],
  [1366, 768],
  [1280, 800],
  [1920, 1080],
  [1024, 768],
] as const;

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;

describe('the layout fits every supported window without overlaps', () => {
  for (const [w, h] of sizes) {
    for (const lanes of [2, 4, 7]) {
      for (const hasHand of [true, false]) {
        for (const dpr of [1, 2]) {
          it(`${w}×${h} @${dpr}x, ${lanes} lanes, ${hasHand ? 'with' : 'without'} a hand`, () => {
            const layout = computeLayout(w, h, dpr, { lanes, hasHand });
            const regions: Rect[] = [
              layout.calendar,
              ...layout.seats,
              layout.status,
              layout.tracks,
              layout.table,
            ];
            if (layout.hand) regions.push(layout.hand);
            for (const r of regions) expect(inside(r, layout.width, layout.height)).toBe(true);
            for (const [i, a] of regions.entries()) {
              for (const b of regions.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
            }
            // Text is never below 12 CSS px; touch targets are at least 40 CSS px.
            expect(Math.min(...Object.values(layout.font)) / dpr).toBeGreaterThanOrEqual(12);
            expect(layout.touch / dpr).toBeGreaterThanOrEqual(40);
            expect(layout.hand === null).toBe(!hasHand);
          });
        }
      }
    }
  }
});
