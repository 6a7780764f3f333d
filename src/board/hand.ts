/**
 * The viewer's hand along the foot of the table. Cards named by a legal event glow; the selected
 * card is raised; a tap or click reports the card and nothing else (the HTML panels decide what a
 * selection means). Card views are pooled: a render moves and repaints them, it never rebuilds.
 */
import type Phaser from 'phaser';
import { CardView } from './card-view';
import { clamp, type Layout, type Rect } from './layout';
import type { HandCard } from './model';
import { addText, setFontSize } from './text';
import { colours, cssColour } from './theme';

interface Slot {
  card: CardView;
  hit: Phaser.GameObjects.Zone;
  id: string;
}

export class HandView {
  private readonly scene: Phaser.Scene;
  private readonly tray: Phaser.GameObjects.Graphics;
  private readonly empty: Phaser.GameObjects.Text;
  private readonly slots: Slot[] = [];
  private rect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private layout: Layout | null = null;
  private cards: HandCard[] = [];

  constructor(
    scene: Phaser.Scene,
    private readonly onSelect: (cardId: string) => void,
  ) {
    this.scene = scene;
    this.tray = scene.add.graphics();
    this.empty = addText(scene, { italic: true, colour: cssColour(colours.inkFaint) }).setOrigin(0.5);
  }

  setLayout(layout: Layout): void {
    this.layout = layout;
    this.rect = layout.hand ?? { x: 0, y: 0, w: 0, h: 0 };
    const { x, y, w, h } = this.rect;
    this.tray.clear();
    if (!layout.hand) return;
    this.tray.fillStyle(colours.feltLine, 0.55).fillRoundedRect(x, y + h * 0.3, w, h * 0.7, layout.radius);
    setFontSize(this.empty, layout.font.body);
    this.empty.setPosition(x + w / 2, y + h * 0.65);
  }

  update(cards: HandCard[] | null, animate: boolean): void {
    const visible = cards !== null && this.layout?.hand != null;
    this.tray.setVisible(visible);
    this.empty.setVisible(visible && cards.length === 0).setText('No cards in hand');
    this.cards = cards ?? [];
    while (this.slots.length < this.cards.length) this.slots.push(this.makeSlot());
    const anyPlayable = this.cards.some((c) => c.playable);
    this.slots.forEach((slot, i) => {
      const card = this.cards[i];
      slot.card.container.setVisible(visible && card !== undefined);
      slot.hit.setVisible(visible && card !== undefined);
      if (!card || !visible) return;
      slot.id = card.id;
      slot.card.show(card, {
        playable: card.playable,
        selected: card.selected,
        muted: anyPlayable && !card.playable,
      });
    });
    if (visible) this.place(animate);
  }

  private place(animate: boolean): void {
    const layout = this.layout;
    if (!layout) return;
    const { x, y, w, h } = this.rect;
    const n = this.cards.length;
    const lift = Math.round(14 * layout.k);
    const cardH = h - lift - Math.round(4 * layout.k);
    // As wide as the row allows, up to a little wider than tall; overlapping only when crowded.
    const width = Math.round(
      clamp(
        (w - layout.gap * (n + 1)) / Math.max(n, 1),
        cardH * 0.72,
        // Landscape when the row is long, so titles keep to two lines.
        Math.min(cardH * 1.8, Math.max(190 * layout.k, 170 * layout.dpr)),
      ),
    );
    const step = n > 1 ? Math.min(width + layout.gap, (w - width) / (n - 1)) : 0;
    const start = x + (w - (step * (n - 1) + width)) / 2;
    this.cards.forEach((card, i) => {
      const slot = this.slots[i];
      if (!slot) return;
      slot.card.resize(width, cardH, layout.k, layout.font.small);
      const targetY = y + lift + (card.selected ? -lift : 0);
      const targetX = start + i * step;
      const hitWidth = i === n - 1 ? width : Math.max(step, layout.touch);
      slot.hit.setPosition(targetX, y).setSize(hitWidth, h);
      this.scene.tweens.killTweensOf(slot.card.container);
      if (animate && slot.card.container.x === targetX) {
        this.scene.tweens.add({ targets: slot.card.container, y: targetY, duration: 140, ease: 'Quad.Out' });
      } else {
        slot.card.container.setPosition(targetX, targetY);
      }
    });
    // The selected card and the hit zones sit above the others.
    for (const [i, card] of this.cards.entries()) {
      if (card.selected) this.slots[i]?.card.container.setDepth(2);
      else this.slots[i]?.card.container.setDepth(1);
    }
    for (const slot of this.slots) slot.hit.setDepth(3);
  }

  private makeSlot(): Slot {
    const card = new CardView(this.scene);
    const hit = this.scene.add.zone(0, 0, 1, 1).setOrigin(0, 0);
    const slot: Slot = { card, hit, id: '' };
    hit.setInteractive({ useHandCursor: true });
    hit.on('pointerup', () => this.onSelect(slot.id));
    return slot;
  }
}
