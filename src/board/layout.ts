/**
 * Where everything sits, as a pure function of the canvas size, so the table reflows to any window
 * (1024×600 to 1920×1080 and beyond) instead of letterboxing. Sizes are in canvas pixels: the canvas
 * is drawn at device resolution (see board.ts), so `dpr` turns CSS pixels into canvas pixels.
 *
 *   ┌──────────────── calendar ────────────────┐
 *   │ seat 1 │ tension · treaty      │ seat 2 │
 *   │        │ issue tracks          │        │
 *   │        │ commission track      │        │
 *   │        │ the table (offer/BCC) │        │
 *   │        │ the viewer's hand     │        │
 *   └────────┴───────────────────────┴────────┘
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Fonts {
  /** Never below 12 CSS px: the smallest text students must read. */
  small: number;
  body: number;
  heading: number;
  display: number;
}

export interface Layout {
  width: number;
  height: number;
  /** Canvas pixels per design pixel (the design is 1280×720 CSS px). */
  k: number;
  dpr: number;
  gap: number;
  radius: number;
  /** Smallest touch target side, 40 CSS px. */
  touch: number;
  font: Fonts;
  calendar: Rect;
  seats: [Rect, Rect];
  status: Rect;
  tracks: Rect;
  /** The row above the lanes (title and the "formal" legend). */
  tracksHeader: number;
  laneHeight: number;
  table: Rect;
  hand: Rect | null;
}

export interface LayoutNeeds {
  lanes: number;
  hasHand: boolean;
}

const DESIGN_WIDTH = 1280;
const DESIGN_HEIGHT = 720;

export function computeLayout(cssWidth: number, cssHeight: number, dpr: number, needs: LayoutNeeds): Layout {
  const width = Math.round(cssWidth * dpr);
  const height = Math.round(cssHeight * dpr);
  const fit = Math.min(cssWidth / DESIGN_WIDTH, cssHeight / DESIGN_HEIGHT);
  const k = dpr * clamp(fit, 0.7, 1.6);
  const px = (design: number) => Math.round(design * k);
  const atLeast = (design: number, cssMinimum: number) => Math.max(px(design), Math.round(cssMinimum * dpr));
  const margin = px(12);
  const gap = px(10);

  const calendar = { x: margin, y: margin, w: width - 2 * margin, h: atLeast(64, 50) };
  const top = calendar.y + calendar.h + gap;
  const bottom = height - margin;
  const sideWidth = Math.round(clamp(width * 0.17, 160 * dpr, 330 * dpr));
  const seats: [Rect, Rect] = [
    { x: margin, y: top, w: sideWidth, h: bottom - top },
    { x: width - margin - sideWidth, y: top, w: sideWidth, h: bottom - top },
  ];
  const centreX = margin + sideWidth + gap;
  const centreW = width - 2 * centreX;

  const handHeight = needs.hasHand ? atLeast(134, 104) : 0;
  const statusHeight = atLeast(46, 36);
  const tableMin = atLeast(132, 104);
  const gaps = gap * (needs.hasHand ? 3 : 2);
  const small = atLeast(13, 12);
  const tracksHeader = small + px(10);
  const forLanes = bottom - top - handHeight - statusHeight - tableMin - gaps - tracksHeader - px(4);
  const lanes = Math.max(1, needs.lanes);
  const laneHeight = Math.floor(clamp(forLanes / lanes, 26 * dpr, px(60)));
  const tracksHeight = tracksHeader + laneHeight * lanes + px(4);

  const status = { x: centreX, y: top, w: centreW, h: statusHeight };
  const tracks = { x: centreX, y: status.y + status.h + gap, w: centreW, h: tracksHeight };
  const tableY = tracks.y + tracks.h + gap;
  const tableBottom = needs.hasHand ? bottom - handHeight - gap : bottom;
  const table = { x: centreX, y: tableY, w: centreW, h: Math.max(tableMin, tableBottom - tableY) };
  const hand = needs.hasHand ? { x: centreX, y: bottom - handHeight, w: centreW, h: handHeight } : null;

  return {
    width,
    height,
    k,
    dpr,
    gap,
    radius: px(8),
    touch: Math.round(40 * dpr),
    font: {
      small,
      body: atLeast(15, 13),
      heading: atLeast(18, 15),
      display: atLeast(26, 20),
    },
    calendar,
    seats,
    status,
    tracks,
    tracksHeader,
    laneHeight,
    table,
    hand,
  };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function inset(rect: Rect, by: number): Rect {
  return { x: rect.x + by, y: rect.y + by, w: rect.w - 2 * by, h: rect.h - 2 * by };
}
