/**
 * The offer lying on a table: the proposal, then the concession and the demand attached to it, each
 * labelled with who put it there (also shown by the colour along its foot). Shared by the talks
 * table and the commission session table.
 */
import type Phaser from 'phaser';
import { CardView } from './card-view';
import type { Layout, Rect } from './layout';
import type { CardFace, OfferModel, SeatModel } from './model';

interface Placed {
  card: CardFace;
  by: SeatModel;
}

export class OfferCards {
  private readonly slots: CardView[];
  private shown = '';
  private rect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private layout: Layout | null = null;

  constructor(scene: Phaser.Scene) {
    this.slots = [new CardView(scene), new CardView(scene), new CardView(scene)];
  }

  setLayout(layout: Layout, rect: Rect): void {
    this.layout = layout;
    this.rect = rect;
    this.shown = '';
  }

  setVisible(visible: boolean): void {
    if (visible) return;
    for (const slot of this.slots) slot.container.setVisible(false);
    this.shown = '';
  }

  update(offer: OfferModel | null): void {
    const key = JSON.stringify(offer);
    if (key === this.shown) return;
    this.shown = key;
    const placed = offer ? placedCards(offer) : [];
    const layout = this.layout;
    for (const [i, slot] of this.slots.entries())
      slot.container.setVisible(i < placed.length && layout !== null);
    if (!layout || placed.length === 0) return;
    const { x, y, w, h } = this.rect;
    const { k, font } = layout;
    const n = placed.length;
    // Cards lie in a row of three at most, as wide as the table allows (a lone card no wider than a
    // card should be), about as tall as wide, and never too short for three lines of title.
    const spacing = Math.round(Math.max(layout.gap * 0.7, Math.min(w * 0.03, 36 * k)));
    const cardW = Math.round(Math.min((w - (n - 1) * spacing) / n, 220 * k, h * 1.6));
    const titleLines = Math.round(font.small * 1.7 + font.small * 1.9 + 3 * font.small * 1.08 * 1.22 + 6 * k);
    const cardH = Math.round(Math.max(10, Math.min(h, Math.max(cardW * 0.85, titleLines))));
    const total = n * cardW + (n - 1) * spacing;
    const start = x + (w - total) / 2;
    const top = Math.round(y + (h - cardH) / 2);
    placed.forEach((item, i) => {
      const slot = this.slots[i];
      if (!slot) return;
      slot.resize(cardW, cardH, k, font.small);
      slot.show(item.card, { playable: false, selected: false, muted: false, byline: item.by.shortName });
      slot.container.setPosition(Math.round(start + i * (cardW + spacing)), top);
    });
  }
}

function placedCards(offer: OfferModel): Placed[] {
  const placed: Placed[] = [{ card: offer.proposal, by: offer.by }];
  if (offer.concession) placed.push(offer.concession);
  if (offer.demand) placed.push(offer.demand);
  return placed;
}
