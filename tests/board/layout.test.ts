import { describe, expect, it } from 'vitest';
import { computeLayout, LINE, laneInset, type Rect, trackColumns } from '../../src/board/layout';

/** Window-ish sizes, and the canvas sizes the app really gives the board (see the cases below). */
const sizes = [
  [1024, 600],
  [1280, 720],
  [1366, 768],
  [1280, 800],
  [1920, 1080],
  [1024, 768],
  [680, 539],
  [844, 643],
  [930, 691],
  [1004, 662],
  [1164, 662],
  [1484, 841],
] as const;

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;

describe('the layout fits every supported window without overlaps', () => {
  for (const [w, h] of sizes) {
    for (const lanes of [2, 4, 5, 7]) {
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
            if (!hasHand) expect(layout.hand).toBeNull();
            // Every lane holds at least one line of level labels.
            const oneLine = layout.font.small * LINE + 4 * laneInset(layout.k);
            expect(layout.laneHeight).toBeGreaterThanOrEqual(Math.floor(oneLine));
          });
        }
      }
    }
  }
});

/**
 * The canvas the app gives the board in real windows (styles.css: at ≤ 1100 px wide or ≤ 800 px
 * tall the log moves beside the board). At these sizes level labels must be readable: two lines of
 * at least 12 px in cells at least 100 CSS px wide, five levels to a track, five tracks.
 */
const realCanvases = [
  { window: '1024×600', w: 680, h: 539, mode: 'compact' },
  { window: '1280×720', w: 844, h: 643, mode: 'compact' },
  { window: '1366×768', w: 930, h: 691, mode: 'compact' },
  { window: '1440×900', w: 1004, h: 662, mode: 'compact' },
  { window: '1600×900', w: 1164, h: 662, mode: 'wide' },
  { window: '1920×1080', w: 1484, h: 841, mode: 'wide' },
] as const;

describe('at the sizes the app really gives the board, labels have room', () => {
  for (const { window, w, h, mode } of realCanvases) {
    for (const dpr of [1, 2]) {
      it(`${window} window (${w}×${h} canvas) @${dpr}x is ${mode}, with two-line level labels`, () => {
        const layout = computeLayout(w, h, dpr, { lanes: 5, hasHand: true });
        expect(layout.mode).toBe(mode);
        const twoLines = layout.font.small * LINE * 2 + 4 * laneInset(layout.k);
        expect(layout.laneHeight).toBeGreaterThanOrEqual(Math.floor(twoLines));
        const { w: span, nameWidth } = trackColumns(layout);
        expect((span - nameWidth) / 5 / dpr).toBeGreaterThanOrEqual(100);
        expect(nameWidth / dpr).toBeGreaterThanOrEqual(88);
        // The table keeps room for three cards (between the delegations when compact).
        expect(layout.table.w / dpr).toBeGreaterThanOrEqual(300);
        expect(layout.table.h / dpr).toBeGreaterThanOrEqual(mode === 'compact' ? 200 : 104);
        for (const seat of layout.seats) expect(seat.w / dpr).toBeGreaterThanOrEqual(156);
      });
    }
  }

  it('the hand is drawn when it fits, and left to the HTML hand list when it does not', () => {
    expect(computeLayout(1484, 841, 1, { lanes: 4, hasHand: true }).hand).not.toBeNull();
    expect(computeLayout(930, 691, 1, { lanes: 4, hasHand: true }).hand).not.toBeNull();
    expect(computeLayout(680, 539, 1, { lanes: 4, hasHand: true }).hand).toBeNull();
  });
});
