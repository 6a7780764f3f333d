/**
 * One delegation's side of the table: its colour and names, whose move it is, political capital,
 * domestic pressure, the size of its hand, and its objective card (face down unless the view shows
 * it). Values come from the view; the panel only draws them.
 */
import type Phaser from 'phaser';
import { clamp, type Layout, LINE, type Rect } from './layout';
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
  private awaited = false;

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
    });
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
      ['POLITICAL CAPITAL', 'CAPITAL'],
      seat.capital,
      seat.capitalMax,
      colours.gold,
      'coin',
    );
    this.drawMeter(
      this.pressureLabel,
      this.pressureValue,
      rows.pressure,
      ['DOMESTIC PRESSURE', 'PRESSURE'],
      seat.pressure,
      seat.pressureMax,
      treatyColours.collapsed,
      'block',
    );
    // Under the blocks, where it has the row's width whatever the panel's size.
    const k = this.layout.k;
    const noteY = rows.pressure.y + rows.pressure.h - Math.round(this.layout.font.small * LINE);
    this.pressureNote
      .setText(seat.conceded ? 'conceded: +1 at review' : '')
      .setPosition(rows.pressure.x, noteY + Math.round(k));
    this.drawHand(seat, rows.hand);
    this.drawObjective(seat, rows.objective);
    this.setPulse(seat.awaited);
  }

  private planRows(layout: Layout, rect: Rect): Rows {
    const { k, font } = layout;
    const compact = layout.mode === 'compact';
    const line = Math.round(font.small * LINE);
    const pad = Math.round(10 * k);
    const x = rect.x + pad;
    const w = rect.w - 2 * pad;
    // Compact: the delegation's name without its agency, and the hand as two lines of words.
    const header = {
      x: rect.x,
      y: rect.y,
      w: rect.w,
      h: compact
        ? Math.round(font.display * 1.25 + line + 12 * k)
        : Math.round(font.display * 1.3 + font.small * 2.6 + 14 * k),
    };
    const meter = Math.round(line + Math.min(14 * k, 10 * layout.dpr) + 8 * k);
    const heights = {
      turn: compact ? Math.round(font.small * 1.9) : Math.max(layout.touch * 0.7, font.small * 2),
      meter,
      pressure: meter + line,
      hand: compact ? 2 * line + Math.round(4 * k) : Math.round(font.small * 1.3 + 42 * k),
      objective: compact ? 0 : Math.round(w * 0.62 + font.small * 1.5),
    };
    const fixed = heights.turn + heights.meter + heights.pressure + heights.hand + heights.objective;
    // Spare height opens the rows out a little rather than pooling at the bottom.
    const spare = rect.y + rect.h - pad - (header.y + header.h) - fixed;
    const space = Math.round(clamp(spare / 5, 3 * k, compact ? 8 * k : 22 * k));
    let y = header.y + header.h + space;
    const take = (h: number): Rect => {
      const row = { x, y, w, h };
      y += h + space;
      return row;
    };
    const turn = take(heights.turn);
    const capital = take(heights.meter);
    const pressure = take(heights.pressure);
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
    this.agency.setVisible(this.layout?.mode !== 'compact');
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
    titles: [string, string],
    amount: number,
    max: number,
    colour: number,
    style: 'coin' | 'block',
  ): void {
    const k = this.layout?.k ?? 1;
    value.setText(String(amount)).setPosition(row.x + row.w, row.y - Math.round(3 * k));
    // The long label when it fits beside the value, else the short one.
    const [long, short] = titles;
    label.setText(long);
    if (label.width + value.width + Math.round(8 * k) > row.w) label.setText(short);
    label.setPosition(row.x, row.y);
    const top = row.y + label.height + Math.round(5 * k);
    const size = Math.round(
      Math.min(14 * k, 10 * (this.layout?.dpr ?? 1), (row.w - (max - 1) * 3 * k) / max),
    );
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
    if (this.layout?.mode === 'compact') {
      // No room for the fan: the piles in words, on one line.
      this.deck.setText(`Draw pile ${seat.drawPile} · Discards ${seat.discards}`);
      if (this.deck.width > row.w) this.deck.setText(`Draw ${seat.drawPile} · Discards ${seat.discards}`);
      this.deck.setPosition(row.x, top - Math.round(2 * k));
      return;
    }
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
    // Compact: no heading; the card says what it is ("Secret objective", or the objective's title).
    const labelled = this.layout?.mode !== 'compact';
    this.objectiveLabel.setText('OBJECTIVE').setPosition(row.x, row.y);
    const top = labelled ? row.y + this.objectiveLabel.height + Math.round(6 * k) : row.y;
    const card = { x: row.x, y: top, w: row.w, h: Math.min(row.y + row.h - top, Math.round(row.w * 0.8)) };
    const pad = Math.round(9 * k);
    // Down to a strip with one line of words; below that it is left out.
    const visible = card.h >= Math.round(font * LINE) + 2 * pad;
    this.objectiveLabel.setVisible(visible && labelled);
    this.objectiveTitle.setVisible(visible && seat.objective !== null);
    this.objectiveText.setVisible(visible && seat.objective !== null);
    this.objectiveBack.setVisible(visible && seat.objective === null);
    if (!visible) return;
    const r = Math.round(6 * k);
    if (!seat.objective) {
      // Face down: the seal in the delegation's colour, and a word saying what it is; on a short
      // card the two side by side.
      this.drawCardBack(card.x, card.y, card.w, card.h, r);
      const tall = card.h >= font * 5;
      const seal = tall ? Math.min(card.w, card.h) * 0.14 : card.h * 0.26;
      const cx = tall ? card.x + card.w / 2 : card.x + pad + seal * 1.4;
      const cy = tall ? card.y + card.h * 0.42 : card.y + card.h / 2;
      this.art.fillStyle(colours.paper, 0.9).fillCircle(cx, cy, seal * 1.4);
      this.art.fillStyle(seat.colour, 1).fillCircle(cx, cy, seal);
      this.objectiveBack.setText('Secret objective');
      if (tall) {
        this.objectiveBack.setOrigin(0.5, 0).setPosition(cx, cy + seal * 1.4 + Math.round(6 * k));
      } else {
        this.objectiveBack.setOrigin(0, 0.5).setPosition(cx + seal * 1.4 + Math.round(6 * k), cy);
      }
      return;
    }
    this.art.fillStyle(colours.paperShade, 1).fillRoundedRect(card.x, card.y, card.w, card.h, r);
    this.art
      .lineStyle(Math.max(1, Math.round(1.5 * k)), seat.colour, 1)
      .strokeRoundedRect(card.x, card.y, card.w, card.h, r);
    const body = this.layout?.font.body ?? 14;
    const titleLines = clamp(Math.floor((card.h - 2 * pad) / (body * LINE)), 1, 2);
    fitText(this.objectiveTitle, seat.objective.title, card.w - 2 * pad, titleLines);
    this.objectiveTitle.setPosition(card.x + pad, card.y + pad);
    const textTop = this.objectiveTitle.y + this.objectiveTitle.height + Math.round(4 * k);
    const lines = Math.floor((card.y + card.h - pad - textTop) / (font * 1.25));
    this.objectiveText.setVisible(lines >= 1);
    fitText(this.objectiveText, seat.objective.text, card.w - 2 * pad, Math.max(1, lines));
    this.objectiveText.setPosition(card.x + pad, textTop);
  }

  /**
   * When a side's move comes, its ring lights up once, so the eye finds it without reading, then
   * stays lit. (A ring breathing for ever kept the board drawing, and the battery draining, while
   * the table sat idle.)
   */
  private setPulse(on: boolean): void {
    if (on && !this.awaited) {
      this.glow.setAlpha(0.9);
      if (!reducedMotion()) {
        this.pulse = this.scene.tweens.add({
          targets: this.glow,
          alpha: { from: 0.1, to: 0.9 },
          duration: 450,
          ease: 'Quad.Out',
        });
      }
    } else if (!on) {
      this.pulse?.stop();
      this.pulse = null;
    }
    this.awaited = on;
    this.glow.setVisible(on);
  }
}

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}
