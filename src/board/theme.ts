/**
 * The look of the table in one place: a dark felt under cream paper, ink text, one gold accent for
 * what is formal or highlighted. Colours that mean something (the delegations') come from the
 * scenario; these are only the neutral furniture.
 */
import type { CardKind, TreatyStatus } from '../scenario/schema';

export const colours = {
  felt: 0x1c2a31,
  feltLine: 0x2b3d46,
  paper: 0xf4efe3,
  paperShade: 0xe6dfcf,
  paperEdge: 0xc9bd9f,
  ink: 0x25313a,
  inkSoft: 0x5d666c,
  inkFaint: 0x9aa0a2,
  gold: 0xb8892b,
  goldLight: 0xe9cf8a,
  cardBack: 0x34505e,
  cardBackLine: 0x4d6d7c,
  shadow: 0x000000,
} as const;

/** Card kinds are told apart by the colour of their header band (and its word). */
export const kindColours: Record<CardKind, number> = {
  proposal: 0x2f6391,
  concession: 0x3e7f52,
  demand: 0x9a5a2c,
  statement: 0x6d5391,
  gesture: 0x2f7f80,
};

export const treatyColours: Record<TreatyStatus, number> = {
  'in-force': 0x3b7a4b,
  suspended: 0xc0822a,
  collapsed: 0x9a2f2a,
};

/** Calm at 0, amber in the middle, brick red at the top of the gauge. */
const tensionStops = [0x5f8f86, 0xd0a040, 0xb4402e] as const;

export function tensionColour(fraction: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  const [a, b] = f < 0.5 ? [tensionStops[0], tensionStops[1]] : [tensionStops[1], tensionStops[2]];
  return mix(a, b, f < 0.5 ? f * 2 : (f - 0.5) * 2);
}

export function mix(a: number, b: number, t: number): number {
  const channel = (shift: number) => {
    const x = (a >> shift) & 0xff;
    const y = (b >> shift) & 0xff;
    return Math.round(x + (y - x) * t) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

export function cssColour(value: number): string {
  return `#${value.toString(16).padStart(6, '0')}`;
}

/** "#1f4e8c" from the scenario → 0x1f4e8c. Bad input falls back to ink rather than failing. */
export function parseColour(hex: string): number {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return Number.isFinite(value) ? value : colours.ink;
}

/** Dark or light text, whichever reads on this background. */
export function inkOn(background: number): string {
  const r = (background >> 16) & 0xff;
  const g = (background >> 8) & 0xff;
  const b = background & 0xff;
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? cssColour(colours.ink) : '#ffffff';
}

export const fonts = {
  serif: 'Georgia, "Times New Roman", "DejaVu Serif", serif',
  sans: '"Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif',
} as const;
