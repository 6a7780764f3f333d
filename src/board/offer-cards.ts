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
    const k = layout.k;
    const cardH = Math.max(10, h);
    // Cards lie in a row of three at most; landscape-ish so titles keep two or three lines.
    const cardW = Math.round(Math.min(cardH * 1.6, (w - 2 * layout.gap) / 3, 220 * k));
    const spacing = Math.round(Math.max(layout.gap, Math.min(cardW * 0.3, 36 * k)));
    const total = placed.length * cardW + (placed.length - 1) * spacing;
    const start = x + (w - total) / 2;
    placed.forEach((item, i) => {
      const slot = this.slots[i];
      if (!slot) return;
      slot.resize(cardW, cardH, k, layout.font.small);
      slot.show(item.card, { playable: false, selected: false, muted: false, byline: item.by.shortName });
      slot.container.setPosition(Math.round(start + i * (cardW + spacing)), y);
    });
  }
}

function placedCards(offer: OfferModel): Placed[] {
  const placed: Placed[] = [{ card: offer.proposal, by: offer.by }];
  if (offer.concession) placed.push(offer.concession);
  if (offer.demand) placed.push(offer.demand);
  return placed;
}
