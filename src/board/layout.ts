/**
 * Where everything sits, as a pure function of the canvas size, so the table reflows to any window
 * (1024×600 to 1920×1080 and beyond) instead of letterboxing. Sizes are in canvas pixels: the canvas
 * is drawn at device resolution (see board.ts), so `dpr` turns CSS pixels into canvas pixels.
 *
 * Two arrangements of the same furniture. Wide (a big window, a projector): the delegations down
 * the sides, everything else between them.
 *
 *   ┌──────────────── calendar ────────────────┐
 *   │ seat 1 │ tension · treaty      │ seat 2 │
 *   │        │ issue tracks          │        │
 *   │        │ the table (offer/BCC) │        │
 *   │        │ the viewer's hand     │        │
 *   └────────┴───────────────────────┴────────┘
 *
 * Compact (the laptop sizes, where side columns would leave the tracks too narrow to read): the
 * tracks span the width, and the delegations sit either side of the table. The hand is drawn only
 * when there is room; the HTML hand list beside the board always has it.
 *
 *   ┌──────────────── calendar ────────────────┐
 *   │ tension · treaty                          │
 *   │ issue tracks                              │
 *   │ seat 1 │ the table (offer/BCC)   │ seat 2 │
 *   │ (the viewer's hand, if it fits)           │
 *   └───────────────────────────────────────────┘
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

export type LayoutMode = 'wide' | 'compact';

export interface Layout {
  mode: LayoutMode;
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
  /** Null when the game has no hand to show, or when the window leaves no room for it. */
  hand: Rect | null;
}

export interface LayoutNeeds {
  lanes: number;
  hasHand: boolean;
}

const DESIGN_WIDTH = 1280;
const DESIGN_HEIGHT = 720;
/** Below this centre width (CSS px) the wide arrangement cuts level labels: go compact. */
const WIDE_CENTRE_MIN = 640;

/** Line height of Phaser text, as a multiple of its font size (generous, for every font stack). */
export const LINE = 1.22;

export function computeLayout(cssWidth: number, cssHeight: number, dpr: number, needs: LayoutNeeds): Layout {
  const width = Math.round(cssWidth * dpr);
  const height = Math.round(cssHeight * dpr);
  const fit = Math.min(cssWidth / DESIGN_WIDTH, cssHeight / DESIGN_HEIGHT);
  const k = dpr * clamp(fit, 0.7, 1.6);
  const px = (design: number) => Math.round(design * k);
  const atLeast = (design: number, cssMinimum: number) => Math.max(px(design), Math.round(cssMinimum * dpr));
  const font: Fonts = {
    small: atLeast(13, 12),
    body: atLeast(15, 13),
    heading: atLeast(18, 15),
    display: atLeast(26, 20),
  };
  const margin = px(12);
  const gap = px(10);
  const lanes = Math.max(1, needs.lanes);
  const inset = laneInset(k);
  // A lane holds its level labels on two lines (one only when nothing else fits), three at most.
  const lane = {
    min: Math.ceil(font.small * LINE + 4 * inset),
    two: Math.ceil(font.small * LINE * 2 + 4 * inset),
    max: Math.max(px(60), Math.ceil(font.small * LINE * 3 + 4 * inset)),
  };
  const tracksHeader = font.small + px(10);
  const tracksChrome = tracksHeader + px(4);
  const statusHeight = atLeast(46, 36);

  const calendar = { x: margin, y: margin, w: width - 2 * margin, h: atLeast(64, 50) };
  const top = calendar.y + calendar.h + gap;
  const bottom = height - margin;
  const sideWidth = Math.round(clamp(width * 0.17, 160 * dpr, 330 * dpr));
  const wideCentre = width - 2 * (margin + sideWidth + gap);
  const base = {
    k,
    dpr,
    gap,
    width,
    height,
    radius: px(8),
    touch: Math.round(40 * dpr),
    font,
    calendar,
    tracksHeader,
  };

  if (wideCentre >= WIDE_CENTRE_MIN * dpr) {
    const seats: [Rect, Rect] = [
      { x: margin, y: top, w: sideWidth, h: bottom - top },
      { x: width - margin - sideWidth, y: top, w: sideWidth, h: bottom - top },
    ];
    const x = margin + sideWidth + gap;
    const handHeight = atLeast(134, 104);
    const tableMin = atLeast(132, 104);
    const fixed = statusHeight + gap + tracksChrome + gap + tableMin;
    const room = bottom - top - fixed;
    const withHand = needs.hasHand && room - (handHeight + gap) >= lanes * lane.two;
    const forLanes = room - (withHand ? handHeight + gap : 0);
    const laneHeight = Math.floor(clamp(forLanes / lanes, lane.min, lane.max));
    const status = { x, y: top, w: wideCentre, h: statusHeight };
    const tracks = { x, y: status.y + status.h + gap, w: wideCentre, h: tracksChrome + laneHeight * lanes };
    const tableY = tracks.y + tracks.h + gap;
    const tableBottom = withHand ? bottom - handHeight - gap : bottom;
    const table = { x, y: tableY, w: wideCentre, h: Math.max(tableMin, tableBottom - tableY) };
    const hand = withHand ? { x, y: bottom - handHeight, w: wideCentre, h: handHeight } : null;
    return { ...base, mode: 'wide', seats, status, tracks, laneHeight, table, hand };
  }

  // Compact: the row of seats and table needs room for a seat's name, move, meters and hand count.
  const fullWidth = width - 2 * margin;
  const rowMin = Math.max(Math.round(200 * dpr), px(285));
  const rowMax = Math.max(rowMin, px(420));
  const handHeight = atLeast(126, 100);
  const fixed = statusHeight + gap + tracksChrome + gap;
  const room = bottom - top - fixed;
  const withHand = needs.hasHand && room - rowMin - (handHeight + gap) - lanes * lane.two >= 0;
  const spare = room - (withHand ? handHeight + gap : 0);
  // Lanes first (two lines and a little air), then the table row, then taller lanes.
  let laneHeight = clamp(Math.floor((spare - rowMin) / lanes), lane.min, lane.two + px(8));
  const rowHeight = clamp(spare - laneHeight * lanes, rowMin, rowMax);
  laneHeight = Math.floor(clamp((spare - rowHeight) / lanes, lane.min, lane.max));

  const status = { x: margin, y: top, w: fullWidth, h: statusHeight };
  const tracks = {
    x: margin,
    y: status.y + status.h + gap,
    w: fullWidth,
    h: tracksChrome + laneHeight * lanes,
  };
  const rowY = tracks.y + tracks.h + gap;
  const rowBottom = withHand ? bottom - handHeight - gap : bottom;
  const rowH = Math.max(rowMin, rowBottom - rowY);
  const seatWidth = Math.round(clamp(width * 0.22, 156 * dpr, 210 * dpr));
  const seats: [Rect, Rect] = [
    { x: margin, y: rowY, w: seatWidth, h: rowH },
    { x: width - margin - seatWidth, y: rowY, w: seatWidth, h: rowH },
  ];
  const tableX = margin + seatWidth + gap;
  const table = { x: tableX, y: rowY, w: width - 2 * tableX, h: rowH };
  const hand = withHand ? { x: margin, y: bottom - handHeight, w: fullWidth, h: handHeight } : null;
  return { ...base, mode: 'compact', seats, status, tracks, laneHeight, table, hand };
}

/** The tracks' inner span (inside the paper's padding) and the width of the track names' column. */
export function trackColumns(layout: Layout): { x: number; w: number; nameWidth: number } {
  const pad = Math.round(8 * layout.k);
  const x = layout.tracks.x + pad;
  const w = layout.tracks.w - 2 * pad;
  const share = layout.mode === 'compact' ? 0.15 : 0.18;
  return { x, w, nameWidth: Math.round(clamp(w * share, 88 * layout.dpr, 190 * layout.k)) };
}

/** The gap between a lane's cells, and between a cell's edge and its label. */
export function laneInset(k: number): number {
  return Math.max(1, Math.round(3 * k));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function inset(rect: Rect, by: number): Rect {
  return { x: rect.x + by, y: rect.y + by, w: rect.w - 2 * by, h: rect.h - 2 * by };
}
