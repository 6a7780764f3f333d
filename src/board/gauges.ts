/**
 * The shared gauges above the tracks: tension (0..max, the high zone shaded) and the treaty status.
 */
import type Phaser from 'phaser';
import type { TreatyStatus } from '../scenario/schema';
import type { Layout, Rect } from './layout';
import type { BoardModel } from './model';
import { addText, setColour, setFontSize } from './text';
import { colours, cssColour, inkOn, tensionColour, treatyColours } from './theme';

const unlit = 0xe4ded1;
const unlitHigh = 0xf1d3c9;

const treatyWords: Record<TreatyStatus, string> = {
  'in-force': 'In force',
  suspended: 'Participation suspended',
  collapsed: 'Collapsed',
};

/** For narrow windows, where the long form does not fit the badge. */
const treatyShortWords: Record<TreatyStatus, string> = {
  'in-force': 'In force',
  suspended: 'Suspended',
  collapsed: 'Collapsed',
};

export class StatusView {
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly value: Phaser.GameObjects.Text;
  private readonly high: Phaser.GameObjects.Text;
  private readonly badge: Phaser.GameObjects.Graphics;
  private readonly treatyLabel: Phaser.GameObjects.Text;
  private readonly treaty: Phaser.GameObjects.Text;
  private layout: Layout | null = null;
  private barRect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private badgeRect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private shown = '';

  constructor(private readonly scene: Phaser.Scene) {
    this.back = scene.add.graphics();
    this.bar = scene.add.graphics();
    this.label = addText(scene, { bold: true, colour: cssColour(colours.inkSoft) }).setOrigin(0, 0.5);
    this.value = addText(scene, { bold: true, serif: true }).setOrigin(0, 0.5);
    this.high = addText(scene, { colour: cssColour(colours.inkSoft) }).setOrigin(0, 0.5);
    this.badge = scene.add.graphics();
    this.treatyLabel = addText(scene, { bold: true }).setOrigin(0, 0.5);
    this.treaty = addText(scene, { bold: true, serif: true }).setOrigin(0, 0.5);
  }

  setLayout(layout: Layout): void {
    this.layout = layout;
    const { status, k } = layout;
    const pad = Math.round(10 * k);
    this.back
      .clear()
      .fillStyle(colours.paper, 1)
      .fillRoundedRect(status.x, status.y, status.w, status.h, layout.radius);
    this.back.lineStyle(Math.max(1, Math.round(k)), colours.paperEdge, 1);
    this.back.strokeRoundedRect(status.x, status.y, status.w, status.h, layout.radius);

    setFontSize(this.label, layout.font.small);
    setFontSize(this.value, layout.font.heading);
    setFontSize(this.high, layout.font.small);
    setFontSize(this.treatyLabel, layout.font.small);
    setFontSize(this.treaty, layout.font.body);
    const midY = status.y + status.h / 2;
    this.label.setText('TENSION').setPosition(status.x + pad, midY);

    // The badge is as wide as its longest wording needs, within reason.
    this.treatyLabel.setText('TREATY');
    this.treaty.setText(treatyWords.suspended);
    const wanted = this.treatyLabel.width + this.treaty.width + Math.round(38 * k);
    const badgeWidth = Math.round(Math.min(wanted, status.w * 0.4));
    this.badgeRect = {
      x: status.x + status.w - badgeWidth - pad / 2,
      y: status.y + pad / 2,
      w: badgeWidth,
      h: status.h - pad,
    };
    const valueWidth = Math.round(layout.font.heading * 2.6 + layout.font.small * 5.5);
    const barX = this.label.x + this.label.width + pad;
    const barH = Math.round(Math.min(status.h * 0.42, 18 * k));
    const barW = this.badgeRect.x - pad * 2 - valueWidth - barX;
    this.barRect = { x: barX, y: Math.round(midY - barH / 2), w: Math.max(40, barW), h: barH };
    this.value.setPosition(this.barRect.x + this.barRect.w + pad, midY);
    this.shown = '';
  }

  update(model: BoardModel, animate: boolean): void {
    const { value, max, high } = model.tension;
    const key = `${value}/${max}/${high}/${model.treaty}`;
    if (key === this.shown) return;
    const previous = this.shown;
    this.shown = key;
    this.drawBar(value, max, high);
    this.value.setText(`${value} / ${max}`);
    this.high
      .setText(`high ≥ ${high}`)
      .setPosition(this.value.x + this.value.width + Math.round(8 * (this.layout?.k ?? 1)), this.value.y);
    this.drawTreaty(model.treaty);
    if (animate && previous !== '' && previous.split('/')[0] !== String(value)) {
      this.scene.tweens.add({
        targets: this.value,
        scale: { from: 1.35, to: 1 },
        duration: 420,
        ease: 'Back.Out',
      });
    }
  }

  private drawBar(value: number, max: number, high: number): void {
    const { x, y, w, h } = this.barRect;
    const k = this.layout?.k ?? 1;
    const gap = Math.max(1, Math.round(2 * k));
    const segment = (w - gap * (max - 1)) / max;
    const g = this.bar.clear();
    for (let i = 1; i <= max; i++) {
      const sx = x + (i - 1) * (segment + gap);
      const lit = i <= value;
      const fill = lit ? tensionColour(i / max) : i >= high ? unlitHigh : unlit;
      g.fillStyle(fill, 1).fillRoundedRect(sx, y, segment, h, Math.min(segment / 2, Math.round(3 * k)));
    }
    // The high-tension threshold: a tick across the bar at the start of segment `high`.
    if (high >= 1 && high <= max) {
      const tx = x + (high - 1) * (segment + gap) - gap / 2;
      g.fillStyle(treatyColours.collapsed, 1).fillRect(
        tx - Math.max(1, k),
        y - Math.round(4 * k),
        Math.max(2, Math.round(2 * k)),
        h + Math.round(8 * k),
      );
    }
  }

  private drawTreaty(status: TreatyStatus): void {
    const { x, y, w, h } = this.badgeRect;
    const k = this.layout?.k ?? 1;
    const fill = treatyColours[status];
    this.badge
      .clear()
      .fillStyle(fill, 1)
      .fillRoundedRect(x, y, w, h, h / 2);
    const ink = inkOn(fill);
    setColour(this.treatyLabel, ink);
    setColour(this.treaty, ink);
    const pad = Math.round(14 * k);
    this.treatyLabel
      .setText('TREATY')
      .setPosition(x + pad, y + h / 2)
      .setAlpha(0.8);
    this.treaty
      .setText(treatyWords[status])
      .setPosition(this.treatyLabel.x + this.treatyLabel.width + Math.round(10 * k), y + h / 2);
    if (this.treaty.x + this.treaty.width > x + w - pad / 2) this.treaty.setText(treatyShortWords[status]);
  }
}
