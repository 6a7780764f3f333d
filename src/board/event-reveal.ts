/**
 * The events of a new round, shown one after another over the table when the round changes. It
 * never blocks: the board underneath is already up to date, renders continue, a tap anywhere skips
 * it, and the whole reveal lasts at most 2.5 s.
 */
import type Phaser from 'phaser';
import type { Layout } from './layout';
import type { RevealItem } from './model';
import { addText, fitText, setColour, setFontSize } from './text';
import { colours, cssColour, treatyColours } from './theme';

// Reveal plus fade-out stays within 2.5 s.
const TOTAL_MS = 2300;
const PER_ITEM_MS = 1000;
const FADE_MS = 160;

const kindWords: Record<RevealItem['kind'], string> = {
  dated: 'EVENT',
  averted: 'AVERTED — HISTORY CHANGES',
  context: 'CONTEXT',
};

const kindColours: Record<RevealItem['kind'], number> = {
  dated: treatyColours.collapsed,
  averted: 0x3b7a4b,
  context: 0x3e5a6a,
};

export class EventReveal {
  private readonly veil: Phaser.GameObjects.Graphics;
  private readonly hit: Phaser.GameObjects.Zone;
  private readonly card: Phaser.GameObjects.Container;
  private readonly art: Phaser.GameObjects.Graphics;
  private readonly heading: Phaser.GameObjects.Text;
  private readonly kind: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  private readonly text: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private layout: Layout | null = null;
  private items: RevealItem[] = [];
  private current = -1;
  private clock: Phaser.Tweens.Tween | null = null;
  private cardWidth = 0;

  constructor(private readonly scene: Phaser.Scene) {
    this.veil = scene.add.graphics().setDepth(100);
    this.hit = scene.add.zone(0, 0, 1, 1).setOrigin(0, 0).setDepth(101);
    this.hit.setInteractive();
    this.hit.on('pointerup', () => this.skip());
    this.art = scene.add.graphics();
    this.heading = addText(scene, { bold: true, colour: '#ffffff' }).setOrigin(1, 0).setAlpha(0.85);
    this.kind = addText(scene, { bold: true, colour: '#ffffff' });
    this.title = addText(scene, { serif: true, bold: true });
    this.text = addText(scene, { colour: cssColour(colours.inkSoft) }).setLineSpacing(2);
    this.hint = addText(scene, { italic: true, colour: cssColour(colours.inkFaint) }).setOrigin(1, 1);
    this.card = scene.add
      .container(0, 0, [this.art, this.heading, this.kind, this.title, this.text, this.hint])
      .setDepth(102);
    this.hide();
  }

  setLayout(layout: Layout): void {
    this.layout = layout;
    const { width, height, k, font } = layout;
    this.veil.clear().fillStyle(colours.felt, 0.55).fillRect(0, 0, width, height);
    this.hit.setSize(width, height);
    // On a small canvas the card takes more of its width, so the event's text keeps to few lines.
    this.cardWidth = Math.round(
      Math.min(width * (layout.mode === 'compact' ? 0.82 : 0.62), Math.max(640 * k, 560 * layout.dpr)),
    );
    setFontSize(this.heading, font.small);
    setFontSize(this.kind, font.small);
    setFontSize(this.title, font.display);
    setFontSize(this.text, font.body);
    setFontSize(this.hint, font.small);
    if (this.current >= 0) this.showItem(this.current, false);
  }

  /** Starts the reveal of a round's events (an empty list just ends any reveal under way). */
  play(items: RevealItem[], heading: string): void {
    this.stopClock();
    this.items = items;
    this.heading.setText(heading);
    if (items.length === 0) {
      this.hide();
      return;
    }
    const perItem = Math.min(PER_ITEM_MS, TOTAL_MS / items.length);
    this.veil.setVisible(true).setAlpha(1);
    this.hit.setVisible(true).setInteractive();
    this.card.setVisible(true).setAlpha(1);
    this.current = -1;
    this.clock = this.scene.tweens.addCounter({
      from: 0,
      to: items.length,
      duration: perItem * items.length,
      onUpdate: (tween) => this.showItem(Math.min(items.length - 1, Math.floor(tween.getValue() ?? 0)), true),
      onComplete: () => this.fadeOut(),
    });
  }

  skip(): void {
    this.stopClock();
    this.fadeOut();
  }

  get playing(): boolean {
    return this.card.visible;
  }

  private showItem(index: number, animate: boolean): void {
    if (index === this.current && animate) return;
    this.current = index;
    const item = this.items[index];
    const layout = this.layout;
    if (!item || !layout) return;
    const { k, font } = layout;
    const pad = Math.round(18 * k);
    const w = this.cardWidth;
    const band = Math.round(font.small * 2.2);
    const colour = kindColours[item.kind];
    this.kind.setText(`${kindWords[item.kind]}${item.quiet ? ' · NO EFFECT' : ''}`);
    this.kind.setPosition(pad, Math.round((band - this.kind.height) / 2));
    this.heading.setPosition(w - pad, this.kind.y);
    setColour(this.title, cssColour(item.kind === 'averted' ? colours.inkSoft : colours.ink));
    fitText(this.title, item.title, w - 2 * pad, 2);
    this.title.setPosition(pad, band + Math.round(12 * k));
    fitText(this.text, item.text, w - 2 * pad, layout.height >= 520 * layout.dpr ? 4 : 3);
    this.text.setPosition(pad, this.title.y + this.title.height + Math.round(6 * k));
    const count = this.items.length > 1 ? ` · ${index + 1} of ${this.items.length}` : '';
    this.hint.setText(`Tap to skip${count}`);
    const h = Math.round(this.text.y + this.text.height + font.small * 1.6 + pad);
    this.hint.setPosition(w - pad, h - Math.round(10 * k));

    const g = this.art.clear();
    g.fillStyle(colours.shadow, 0.35).fillRoundedRect(
      Math.round(4 * k),
      Math.round(6 * k),
      w,
      h,
      layout.radius,
    );
    g.fillStyle(colours.paper, 1).fillRoundedRect(0, 0, w, h, layout.radius);
    g.fillStyle(colour, 1).fillRoundedRect(0, 0, w, band, {
      tl: layout.radius,
      tr: layout.radius,
      bl: 0,
      br: 0,
    });
    this.card.setPosition(Math.round((layout.width - w) / 2), Math.round((layout.height - h) / 2));
    if (animate) {
      this.card.setAlpha(0);
      this.scene.tweens.add({ targets: this.card, alpha: 1, duration: FADE_MS, ease: 'Quad.Out' });
    }
  }

  private fadeOut(): void {
    this.scene.tweens.killTweensOf(this.card);
    this.scene.tweens.add({
      targets: [this.card, this.veil],
      alpha: 0,
      duration: FADE_MS,
      onComplete: () => this.hide(),
    });
    this.hit.setVisible(false).disableInteractive();
  }

  private hide(): void {
    this.veil.setVisible(false);
    this.hit.setVisible(false).disableInteractive();
    this.card.setVisible(false);
    this.current = -1;
  }

  private stopClock(): void {
    this.clock?.stop();
    this.clock = null;
  }
}
