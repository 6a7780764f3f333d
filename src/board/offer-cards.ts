/**
 * The offer lying on a table: the proposal, then the concession and the demand attached to it, each
 * captioned with who put it there. Shared by the talks table and the commission session table.
 */
import type Phaser from 'phaser';
import { CardView } from './card-view';
import type { Layout, Rect } from './layout';
import type { CardFace, OfferModel, SeatModel } from './model';
import { addText, setColour, setFontSize } from './text';

interface Placed {
  role: string;
  card: CardFace;
  by: SeatModel;
}

class Slot {
  readonly card: CardView;
  readonly caption: Phaser.GameObjects.Text;
  readonly dot: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.card = new CardView(scene);
    this.dot = scene.add.graphics();
    this.caption = addText(scene, { bold: true });
  }

  setVisible(visible: boolean): void {
    this.card.container.setVisible(visible);
    this.caption.setVisible(visible);
    this.dot.setVisible(visible);
  }
}

export class OfferCards {
  private readonly slots: Slot[];
  private shown = '';
  private rect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private layout: Layout | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly captionColour: string,
  ) {
    this.slots = [new Slot(scene), new Slot(scene), new Slot(scene)];
  }

  setLayout(layout: Layout, rect: Rect): void {
    this.layout = layout;
    this.rect = rect;
    for (const slot of this.slots) {
      setFontSize(slot.caption, layout.font.small);
      setColour(slot.caption, this.captionColour);
    }
    this.shown = '';
  }

  setVisible(visible: boolean): void {
    if (visible) return;
    for (const slot of this.slots) slot.setVisible(false);
    this.shown = '';
  }

  update(offer: OfferModel | null): void {
    const key = JSON.stringify(offer);
    if (key === this.shown) return;
    this.shown = key;
    const placed = offer ? placedCards(offer) : [];
    const layout = this.layout;
    for (const [i, slot] of this.slots.entries()) slot.setVisible(i < placed.length && layout !== null);
    if (!layout || placed.length === 0) return;
    const { x, y, w, h } = this.rect;
    const k = layout.k;
    const captionH = Math.round(layout.font.small * 1.5);
    const cardH = Math.max(10, h - captionH);
    const cardW = Math.round(Math.min(cardH * 0.8, (w - 2 * layout.gap) / 3));
    const spacing = Math.round(Math.max(layout.gap, Math.min(cardW * 0.35, 40 * k)));
    const total = placed.length * cardW + (placed.length - 1) * spacing;
    const start = x + (w - total) / 2;
    placed.forEach((item, i) => {
      const slot = this.slots[i];
      if (!slot) return;
      const cx = Math.round(start + i * (cardW + spacing));
      slot.card.resize(cardW, cardH, k, layout.font.small);
      slot.card.show(item.card);
      slot.card.container.setPosition(cx, y + captionH);
      const r = Math.round(5 * k);
      slot.dot
        .clear()
        .fillStyle(item.by.colour, 1)
        .fillCircle(cx + r, y + captionH / 2 - Math.round(k), r);
      slot.caption
        .setText(`${item.role} · ${item.by.shortName}`)
        .setPosition(cx + 2 * r + Math.round(5 * k), y);
      slot.caption.setCrop(0, 0, cardW - 2 * r - Math.round(5 * k), captionH);
    });
  }
}

function placedCards(offer: OfferModel): Placed[] {
  const placed: Placed[] = [{ role: 'Proposal', card: offer.proposal, by: offer.by }];
  if (offer.concession) placed.push({ role: '+ Concession', ...offer.concession });
  if (offer.demand) placed.push({ role: '+ Demand', ...offer.demand });
  return placed;
}
