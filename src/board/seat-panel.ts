/**
 * One delegation's side of the table: its colour and names, whose move it is, political capital,
 * domestic pressure, the size of its hand, and its objective card (face down unless the view shows
 * it). Values come from the view; the panel only draws them.
 */
import type Phaser from 'phaser';
import { clamp, type Layout, type Rect } from './layout';
import type { SeatModel } from './model';
import { addText, fitText, setColour, setFontSize } from './text';
import { colours, cssColour, inkOn, mix, treatyColours } from './theme';

type Text = Phaser.GameObjects.Text;

interface Rows {
  header: Rect;
  turn: Rect;
  capital: Rect;
  pressure: Rect;
  hand: Rect;
  objective: Rect;
}

export class SeatPanel {
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly glow: Phaser.GameObjects.Graphics;
  private readonly art: Phaser.GameObjects.Graphics;
  private readonly short: Text;
  private readonly name: Text;
  private readonly agency: Text;
  private readonly you: Text;
  private readonly turn: Text;
  private readonly capitalLabel: Text;
  private readonly capitalValue: Text;
  private readonly pressureLabel: Text;
  private readonly pressureValue: Text;
  private readonly handLabel: Text;
  private readonly handValue: Text;
  private readonly deck: Text;
  private readonly pressureNote: Text;
  private readonly objectiveLabel: Text;
  private readonly objectiveTitle: Text;
  private readonly objectiveText: Text;
  private readonly objectiveBack: Text;
  private layout: Layout | null = null;
  private rect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private rows: Rows | null = null;
  private shown = '';
  private pulse: Phaser.Tweens.Tween | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    this.glow = scene.add.graphics();
    this.back = scene.add.graphics();
    this.art = scene.add.graphics();
    this.short = addText(scene, { serif: true, bold: true });
    this.name = addText(scene, {});
    this.agency = addText(scene, { italic: true });
    this.you = addText(scene, { bold: true, colour: cssColour(colours.ink) }).setOrigin(1, 0);
    this.turn = addText(scene, { bold: true }).setOrigin(0, 0.5);
    const label = () => addText(scene, { bold: true, colour: cssColour(colours.inkSoft) });
    const value = () => addText(scene, { bold: true, serif: true }).setOrigin(1, 0);
    this.capitalLabel = label();
    this.capitalValue = value();
    this.pressureLabel = label();
    this.pressureValue = value();
    this.handLabel = label();
    this.handValue = value();
    this.deck = addText(scene, { colour: cssColour(colours.inkSoft) });
    this.pressureNote = addText(scene, {
      italic: true,
      colour: cssColour(treatyColours.collapsed),
    }).setOrigin(1, 0);
    this.objectiveLabel = label();
    this.objectiveTitle = addText(scene, { serif: true, bold: true });
    this.objectiveText = addText(scene, {});
    this.objectiveBack = addText(scene, {
      serif: true,
      italic: true,
      colour: cssColour(colours.paperShade),
      align: 'center',
    });
    this.objectiveBack.setOrigin(0.5, 0);
  }

  setLayout(layout: Layout, rect: Rect): void {
    this.layout = layout;
    this.rect = rect;
    const f = layout.font;
    setFontSize(this.short, f.display);
    for (const t of [this.name, this.agency, this.you, this.turn, this.deck, this.pressureNote])
      setFontSize(t, f.small);
    for (const t of [this.capitalLabel, this.pressureLabel, this.handLabel, this.objectiveLabel])
      setFontSize(t, f.small);
    for (const t of [this.capitalValue, this.pressureValue, this.handValue]) setFontSize(t, f.heading);
    setFontSize(this.objectiveTitle, f.body);
    setFontSize(this.objectiveText, f.small);
    setFontSize(this.objectiveBack, f.small);
    this.rows = this.planRows(layout, rect);
    this.shown = '';
  }

  update(seat: SeatModel): void {
    const key = JSON.stringify(seat);
    if (key === this.shown || !this.layout || !this.rows) return;
    this.shown = key;
    const rows = this.rows;
    this.drawBack(seat);
    this.art.clear();
    this.drawHeader(seat, rows.header);
    this.drawTurn(seat, rows.turn);
    this.drawMeter(
      this.capitalLabel,
      this.capitalValue,
      rows.capital,
      'POLITICAL CAPITAL',
      seat.capital,
      seat.capitalMax,
      colours.gold,
      'coin',
    );
    this.drawMeter(
      this.pressureLabel,
      this.pressureValue,
      rows.pressure,
      'DOMESTIC PRESSURE',
      seat.pressure,
      seat.pressureMax,
      treatyColours.collapsed,
      'block',
    );
    const noteY = rows.pressure.y + this.pressureLabel.height + Math.round(4 * this.layout.k);
    this.pressureNote
      .setText(seat.conceded ? 'conceded: +1 at review' : '')
      .setPosition(rows.pressure.x + rows.pressure.w, noteY);
    this.drawHand(seat, rows.hand);
    this.drawObjective(seat, rows.objective);
    this.setPulse(seat.awaited);
  }

  private planRows(layout: Layout, rect: Rect): Rows {
    const { k, font } = layout;
    const pad = Math.round(10 * k);
    const x = rect.x + pad;
    const w = rect.w - 2 * pad;
    const header = {
      x: rect.x,
      y: rect.y,
      w: rect.w,
      h: Math.round(font.display * 1.3 + font.small * 2.6 + 14 * k),
    };
    const heights = {
      turn: Math.max(layout.touch * 0.7, font.small * 2),
      meter: Math.round(font.small * 1.3 + 22 * k),
      hand: Math.round(font.small * 1.3 + 42 * k),
      objective: Math.round(w * 0.62 + font.small * 1.5),
    };
    const fixed = heights.turn + 2 * heights.meter + heights.hand + heights.objective;
    // Spare height opens the rows out a little rather than pooling at the bottom.
    const spare = rect.y + rect.h - pad - (header.y + header.h) - fixed;
    const space = Math.round(clamp(spare / 5, 4 * k, 22 * k));
    let y = header.y + header.h + space;
    const take = (h: number): Rect => {
      const row = { x, y, w, h };
      y += h + space;
      return row;
    };
    const turn = take(heights.turn);
    const capital = take(heights.meter);
    const pressure = take(heights.meter);
    const hand = take(heights.hand);
    const objective = { x, y, w, h: Math.max(0, rect.y + rect.h - pad - y) };
    return { header, turn, capital, pressure, hand, objective };
  }

  private drawBack(seat: SeatModel): void {
    const { x, y, w, h } = this.rect;
    const r = this.layout?.radius ?? 8;
    const k = this.layout?.k ?? 1;
    this.back.clear().fillStyle(colours.paper, 1).fillRoundedRect(x, y, w, h, r);
    this.back.lineStyle(Math.max(1, Math.round(k)), colours.paperEdge, 1).strokeRoundedRect(x, y, w, h, r);
    const header = this.rows?.header;
    if (header)
      this.back.fillStyle(seat.colour, 1).fillRoundedRect(x, y, w, header.h, { tl: r, tr: r, bl: 0, br: 0 });
    const ring = Math.round(4 * k);
    this.glow
      .clear()
      .lineStyle(ring, seat.colour, 1)
      .strokeRoundedRect(x - ring / 2, y - ring / 2, w + ring, h + ring, r + ring / 2);
  }

  private drawHeader(seat: SeatModel, row: Rect): void {
    const k = this.layout?.k ?? 1;
    const pad = Math.round(10 * k);
    const ink = inkOn(seat.colour);
    for (const t of [this.short, this.name, this.agency]) setColour(t, ink);
    this.short.setText(seat.shortName).setPosition(row.x + pad, row.y + Math.round(6 * k));
    fitText(this.name, seat.name, row.w - 2 * pad, 1);
    this.name.setPosition(row.x + pad, this.short.y + this.short.height);
    fitText(this.agency, seat.agency, row.w - 2 * pad, 1);
    this.agency.setPosition(row.x + pad, this.name.y + this.name.height).setAlpha(0.85);
    this.you
      .setText(seat.isViewer ? ' YOU ' : '')
      .setBackgroundColor(seat.isViewer ? cssColour(colours.paper) : 'transparent');
    this.you.setPosition(row.x + row.w - pad, row.y + Math.round(10 * k)).setVisible(seat.isViewer);
  }

  private drawTurn(seat: SeatModel, row: Rect): void {
    const k = this.layout?.k ?? 1;
    const move = seat.awaited ? (seat.isViewer ? 'Your move' : 'To move') : 'Waiting';
    setColour(this.turn, cssColour(seat.awaited ? colours.ink : colours.inkFaint));
    const dot = Math.round(6 * k);
    this.turn
      .setText(seat.leads ? `${move} · leads` : move)
      .setPosition(row.x + dot * 2 + Math.round(6 * k), row.y + row.h / 2);
    this.art
      .fillStyle(seat.awaited ? seat.colour : colours.paperShade, 1)
      .fillCircle(row.x + dot, row.y + row.h / 2, dot);
  }

  private drawMeter(
    label: Text,
    value: Text,
    row: Rect,
    title: string,
    amount: number,
    max: number,
    colour: number,
    style: 'coin' | 'block',
  ): void {
    const k = this.layout?.k ?? 1;
    label.setText(title).setPosition(row.x, row.y);
    value.setText(String(amount)).setPosition(row.x + row.w, row.y - Math.round(3 * k));
    const top = row.y + label.height + Math.round(5 * k);
    const size = Math.round(Math.min(14 * k, (row.w - (max - 1) * 3 * k) / max));
    const g = this.art;
    if (size < 6 * k) {
      // Too many steps for pips: a bar.
      g.fillStyle(colours.paperShade, 1).fillRoundedRect(row.x, top, row.w, Math.round(10 * k), 4 * k);
      g.fillStyle(colour, 1).fillRoundedRect(
        row.x,
        top,
        (row.w * Math.min(amount, max)) / max,
        Math.round(10 * k),
        4 * k,
      );
      return;
    }
    const step = size + Math.round(3 * k);
    for (let i = 0; i < max; i++) {
      const on = i < amount;
      const cx = row.x + i * step;
      if (style === 'coin') {
        g.fillStyle(on ? colours.goldLight : colours.paperShade, 1).fillCircle(
          cx + size / 2,
          top + size / 2,
          size / 2,
        );
        g.lineStyle(Math.max(1, Math.round(1.2 * k)), on ? colour : colours.paperEdge, 1).strokeCircle(
          cx + size / 2,
          top + size / 2,
          size / 2,
        );
      } else {
        g.fillStyle(on ? mix(colour, 0xffffff, i / (max * 3)) : colours.paperShade, 1);
        g.fillRoundedRect(cx, top, size, size, Math.round(2 * k));
      }
    }
  }

  private drawHand(seat: SeatModel, row: Rect): void {
    const k = this.layout?.k ?? 1;
    this.handLabel.setText('HAND').setPosition(row.x, row.y);
    this.handValue
      .setText(seat.handSize === 1 ? '1 card' : `${seat.handSize} cards`)
      .setPosition(row.x + row.w, row.y - Math.round(3 * k));
    const top = row.y + this.handLabel.height + Math.round(6 * k);
    const h = row.y + row.h - top;
    const w = Math.round(h * 0.7);
    const shown = Math.min(seat.handSize, 10);
    const step = shown > 1 ? Math.min(w * 0.45, (row.w * 0.5 - w) / (shown - 1)) : 0;
    for (let i = 0; i < shown; i++) this.drawCardBack(row.x + i * step, top, w, h, Math.round(4 * k));
    const fanEnd = row.x + (shown > 0 ? (shown - 1) * step + w : 0) + Math.round(10 * k);
    this.deck.setText(`Draw pile ${seat.drawPile}\nDiscards ${seat.discards}`).setPosition(fanEnd, top);
  }

  private drawCardBack(x: number, y: number, w: number, h: number, r: number): void {
    const g = this.art;
    g.fillStyle(colours.cardBack, 1).fillRoundedRect(x, y, w, h, r);
    g.lineStyle(1, colours.paper, 0.9).strokeRoundedRect(x, y, w, h, r);
    g.lineStyle(1, colours.cardBackLine, 1).strokeRoundedRect(x + 3, y + 3, w - 6, h - 6, Math.max(1, r - 2));
  }

  private drawObjective(seat: SeatModel, row: Rect): void {
    const k = this.layout?.k ?? 1;
    const font = this.layout?.font.small ?? 12;
    this.objectiveLabel.setText('OBJECTIVE').setPosition(row.x, row.y);
    const top = row.y + this.objectiveLabel.height + Math.round(6 * k);
    const card = { x: row.x, y: top, w: row.w, h: Math.min(row.y + row.h - top, Math.round(row.w * 0.8)) };
    const visible = card.h > font * 2;
    this.objectiveLabel.setVisible(visible);
    this.objectiveTitle.setVisible(visible && seat.objective !== null);
    this.objectiveText.setVisible(visible && seat.objective !== null);
    this.objectiveBack.setVisible(visible && seat.objective === null);
    if (!visible) return;
    const r = Math.round(6 * k);
    const pad = Math.round(9 * k);
    if (!seat.objective) {
      // Face down: the seal in the delegation's colour, and a word saying what it is.
      const seal = Math.min(card.w, card.h) * 0.14;
      const cy = card.y + card.h * 0.42;
      this.drawCardBack(card.x, card.y, card.w, card.h, r);
      this.art.fillStyle(colours.paper, 0.9).fillCircle(card.x + card.w / 2, cy, seal * 1.4);
      this.art.fillStyle(seat.colour, 1).fillCircle(card.x + card.w / 2, cy, seal);
      this.objectiveBack
        .setText('Secret objective')
        .setPosition(card.x + card.w / 2, cy + seal * 1.4 + Math.round(6 * k));
      return;
    }
    this.art.fillStyle(colours.paperShade, 1).fillRoundedRect(card.x, card.y, card.w, card.h, r);
    this.art
      .lineStyle(Math.max(1, Math.round(1.5 * k)), seat.colour, 1)
      .strokeRoundedRect(card.x, card.y, card.w, card.h, r);
    fitText(this.objectiveTitle, seat.objective.title, card.w - 2 * pad, 2);
    this.objectiveTitle.setPosition(card.x + pad, card.y + pad);
    const textTop = this.objectiveTitle.y + this.objectiveTitle.height + Math.round(4 * k);
    const lines = Math.floor((card.y + card.h - pad - textTop) / (font * 1.25));
    this.objectiveText.setVisible(lines >= 1);
    fitText(this.objectiveText, seat.objective.text, card.w - 2 * pad, Math.max(1, lines));
    this.objectiveText.setPosition(card.x + pad, textTop);
  }

  /** The side whose move it is breathes gently, so the eye finds it without reading. */
  private setPulse(on: boolean): void {
    if (on && !this.pulse) {
      this.glow.setAlpha(0.9);
      this.pulse = this.scene.tweens.add({
        targets: this.glow,
        alpha: 0.25,
        duration: 900,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.InOut',
      });
    } else if (!on && this.pulse) {
      this.pulse.stop();
      this.pulse = null;
    }
    this.glow.setVisible(on);
  }
}
