/**
 * One card face: kind band, title, cost coin, the owner's colour along the foot. Used in the hand
 * and on the table. Drawn with Graphics and Text, so it needs no image assets.
 */
import type Phaser from 'phaser';
import type { CardFace } from './model';
import { addText, fitText, lineWidth, setFontSize } from './text';
import { colours, cssColour, kindColours } from './theme';

export interface CardLook {
  /** Named by a legal event: outlined in gold. */
  playable: boolean;
  selected: boolean;
  /** Others are playable and this one is not: it steps back a little. */
  muted: boolean;
  /** Who laid it on the table, after the kind ("CONCESSION · US"). */
  byline?: string;
}

const plain: CardLook = { playable: false, selected: false, muted: false };

export class CardView {
  readonly container: Phaser.GameObjects.Container;
  private readonly art: Phaser.GameObjects.Graphics;
  private readonly kind: Phaser.GameObjects.Text;
  private readonly cost: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  /** Who laid the card, along its foot, when the band has no room for it. */
  private readonly by: Phaser.GameObjects.Text;
  private width = 0;
  private height = 0;
  private k = 1;
  private font = 12;
  private titleSize = 13;
  private face: CardFace | null = null;
  private look: CardLook = plain;

  constructor(scene: Phaser.Scene) {
    this.art = scene.add.graphics();
    this.kind = addText(scene, { bold: true, colour: '#ffffff' });
    this.cost = addText(scene, { bold: true, align: 'center' }).setOrigin(0.5);
    this.title = addText(scene, { serif: true });
    this.by = addText(scene, { bold: true, colour: cssColour(colours.inkSoft) }).setOrigin(0, 0.5);
    this.container = scene.add.container(0, 0, [this.art, this.kind, this.cost, this.title, this.by]);
  }

  /** Size in canvas pixels; `font` is the smallest readable size of the current layout. */
  resize(width: number, height: number, k: number, font: number): void {
    if (width === this.width && height === this.height && font === this.font) return;
    this.width = width;
    this.height = height;
    this.k = k;
    this.font = font;
    setFontSize(this.kind, font);
    setFontSize(this.cost, font);
    setFontSize(this.by, font);
    this.titleSize = Math.round(font * 1.08);
    setFontSize(this.title, this.titleSize);
    this.redraw();
  }

  show(face: CardFace, look: CardLook = plain): void {
    const same =
      this.face !== null &&
      this.face.id === face.id &&
      this.face.title === face.title &&
      this.look.playable === look.playable &&
      this.look.selected === look.selected &&
      this.look.muted === look.muted &&
      this.look.byline === look.byline;
    this.face = face;
    this.look = look;
    if (!same) this.redraw();
  }

  private redraw(): void {
    const face = this.face;
    if (!face || this.width === 0) return;
    const { width: w, height: h, k } = this;
    const radius = Math.round(7 * k);
    const band = Math.round(this.font * 1.7);
    const footer = Math.round(this.font * 1.9);
    const pad = Math.round(7 * k);
    const g = this.art.clear();
    g.fillStyle(colours.shadow, 0.28).fillRoundedRect(Math.round(2 * k), Math.round(3 * k), w, h, radius);
    g.fillStyle(colours.paper, 1).fillRoundedRect(0, 0, w, h, radius);
    g.fillStyle(kindColours[face.kind], 1).fillRoundedRect(0, 0, w, band, {
      tl: radius,
      tr: radius,
      bl: 0,
      br: 0,
    });
    // The kind in the band, with who laid the card when it fits; else that goes along the foot.
    const kind = face.kind.toUpperCase();
    const byline = this.look.byline?.toUpperCase() ?? '';
    const full = byline ? `${kind} · ${byline}` : kind;
    const inBand = lineWidth(this.kind, full) <= w - 2 * pad;
    fitText(this.kind, inBand ? full : kind, w - 2 * pad, 1);
    this.kind.setPosition(pad, Math.round((band - this.kind.height) / 2));
    // The owner's colour along the foot, the cost coin at its end.
    const coinR = Math.round(footer * 0.4);
    const coinX = w - pad - coinR;
    const footY = h - footer / 2;
    this.by.setText(inBand ? '' : byline).setPosition(pad, Math.round(footY));
    this.by.setVisible(!inBand && byline !== '' && this.by.width <= coinX - coinR - 2 * pad);
    const lineX = this.by.visible ? pad + this.by.width + Math.round(4 * k) : pad;
    g.fillStyle(face.ownerColour, 1).fillRect(
      lineX,
      Math.round(footY - k * 1.5),
      Math.max(0, coinX - coinR - pad - lineX),
      Math.max(2, Math.round(3 * k)),
    );
    g.fillStyle(colours.goldLight, 1).fillCircle(coinX, footY, coinR);
    g.lineStyle(Math.max(1, Math.round(1.5 * k)), colours.gold, 1).strokeCircle(coinX, footY, coinR);
    this.drawOutline(g, w, h, radius);

    this.cost.setText(String(face.cost)).setPosition(coinX, footY);
    const titleTop = band + Math.round(5 * k);
    const lineHeight = this.titleSize * 1.22;
    const lines = Math.max(1, Math.floor((h - titleTop - footer) / lineHeight));
    fitText(this.title, face.title, w - 2 * pad, lines);
    this.title.setPosition(pad, titleTop);
    this.container.setAlpha(this.look.muted ? 0.8 : 1);
  }

  private drawOutline(g: Phaser.GameObjects.Graphics, w: number, h: number, radius: number): void {
    const { playable, selected } = this.look;
    if (playable || selected) {
      const glow = Math.round(4 * this.k);
      g.lineStyle(glow * 2, colours.goldLight, 0.45).strokeRoundedRect(
        -glow / 2,
        -glow / 2,
        w + glow,
        h + glow,
        radius + 2,
      );
      g.lineStyle(Math.round(2.5 * this.k), selected ? colours.ink : colours.gold, 1).strokeRoundedRect(
        0,
        0,
        w,
        h,
        radius,
      );
    } else {
      g.lineStyle(Math.max(1, Math.round(this.k)), colours.paperEdge, 1).strokeRoundedRect(
        0,
        0,
        w,
        h,
        radius,
      );
    }
  }
}
