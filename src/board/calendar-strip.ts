/**
 * The calendar along the top: one tab per round labelled with its month, the current round lit,
 * and the scenario's dated events as diamonds at their dates (gold ahead, red fired, hollow green
 * averted). The next event ahead is named at the right end.
 */
import type Phaser from 'phaser';
import { clamp, type Layout, LINE, type Rect } from './layout';
import type { CalendarMarker, CalendarModel } from './model';
import { addText, fitText, lineWidth, setColour, setFontSize } from './text';
import { colours, cssColour, treatyColours } from './theme';

const strip = 0x14202a;
const averted = 0x7fb08f;
const past = cssColour(0x7d8b92);
const future = cssColour(colours.paperShade);

export class CalendarStrip {
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly marks: Phaser.GameObjects.Graphics;
  private readonly roundOf: Phaser.GameObjects.Text;
  private readonly date: Phaser.GameObjects.Text;
  private readonly nextLabel: Phaser.GameObjects.Text;
  private readonly nextTitle: Phaser.GameObjects.Text;
  private readonly months: Phaser.GameObjects.Text[] = [];
  private readonly years: Phaser.GameObjects.Text[] = [];
  private layout: Layout | null = null;
  private timeline: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private next: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private shown = '';
  private nextLines = 1;

  constructor(private readonly scene: Phaser.Scene) {
    this.back = scene.add.graphics();
    this.marks = scene.add.graphics();
    this.roundOf = addText(scene, { bold: true, colour: future });
    this.date = addText(scene, { serif: true, bold: true, colour: cssColour(colours.paper) });
    this.nextLabel = addText(scene, { bold: true, colour: cssColour(colours.goldLight) });
    this.nextTitle = addText(scene, { colour: cssColour(colours.paper) });
  }

  setLayout(layout: Layout): void {
    this.layout = layout;
    const { calendar: c, k, font } = layout;
    const pad = Math.round(12 * k);
    setFontSize(this.roundOf, font.small);
    setFontSize(this.date, font.heading);
    setFontSize(this.nextLabel, font.small);
    setFontSize(this.nextTitle, font.small);
    // Compact: the page header above the board already names the round and its month, and the
    // lit tab shows it; the timeline gets that room.
    const compact = layout.mode === 'compact';
    const left = compact
      ? 0
      : Math.round(
          Math.max(clamp(c.w * 0.12, 118 * k, 170 * k), lineWidth(this.roundOf, 'ROUND 13 OF 13') + 2 * pad),
        );
    const right = Math.round(
      Math.min(
        c.w * 0.34,
        Math.max(
          clamp(c.w * 0.22, 180 * k, 320 * k),
          lineWidth(this.nextLabel, 'NEXT EVENT · 28 Nov 2022') + 2 * pad,
        ),
      ),
    );
    this.timeline = {
      x: c.x + left + (compact ? pad / 2 : 0),
      y: c.y,
      w: c.w - left - right - (compact ? pad / 2 : 0),
      h: c.h,
    };
    this.next = { x: c.x + c.w - right + pad, y: c.y, w: right - 2 * pad, h: c.h };
    this.roundOf.setVisible(!compact);
    this.date.setVisible(!compact);
    const block = font.small * 1.25 + font.heading * 1.25;
    this.roundOf.setPosition(c.x + pad, Math.round(c.y + (c.h - block) / 2));
    this.date.setPosition(c.x + pad, this.roundOf.y + font.small * 1.25);
    // The next event's title takes a second line when the strip is tall enough.
    this.nextLines = c.h >= font.small * LINE * 3 + 8 * k ? 2 : 1;
    const nextBlock = font.small * LINE * (1 + this.nextLines);
    this.nextLabel.setPosition(this.next.x, Math.round(c.y + (c.h - nextBlock) / 2));
    this.nextTitle.setPosition(this.next.x, this.nextLabel.y + Math.round(font.small * LINE));
    this.back.clear().fillStyle(strip, 1).fillRoundedRect(c.x, c.y, c.w, c.h, layout.radius);
    this.back
      .lineStyle(Math.max(1, Math.round(k)), colours.feltLine, 1)
      .strokeRoundedRect(c.x, c.y, c.w, c.h, layout.radius);
    this.back.lineStyle(Math.max(1, Math.round(k)), colours.feltLine, 1);
    if (!compact) this.back.lineBetween(this.timeline.x, c.y + pad / 2, this.timeline.x, c.y + c.h - pad / 2);
    this.back.lineBetween(this.next.x - pad, c.y + pad / 2, this.next.x - pad, c.y + c.h - pad / 2);
    this.shown = '';
  }

  update(model: CalendarModel, roundLabel: string): void {
    const key = JSON.stringify(model);
    if (key === this.shown || !this.layout) return;
    this.shown = key;
    this.roundOf.setText(
      model.current > 0 ? `ROUND ${model.current} OF ${model.rounds.length}` : 'BEFORE ROUND 1',
    );
    this.date.setText(roundLabel);
    this.drawTimeline(model, this.layout);
    this.drawNext(model);
  }

  private drawTimeline(model: CalendarModel, layout: Layout): void {
    const { k, font } = layout;
    const { x, y, w, h } = this.timeline;
    const n = Math.max(1, model.rounds.length);
    const slot = w / n;
    const markerRow = Math.round(9 * k);
    const tabTop = y + markerRow * 2;
    const tabH = Math.round(font.small * 1.45);
    const g = this.marks.clear();
    const every = Math.max(1, Math.ceil((font.small * 2.6) / slot));
    while (this.months.length < n) {
      this.months.push(addText(this.scene, { bold: true }).setOrigin(0.5, 0));
      this.years.push(addText(this.scene, {}).setOrigin(0.5, 0));
    }
    let lastYear = '';
    this.months.forEach((label, i) => {
      const year = this.years[i];
      const text = model.rounds[i];
      label.setVisible(text !== undefined);
      year?.setVisible(false);
      if (text === undefined || !year) return;
      const [month = '', yearText = ''] = text.split(' ');
      const cx = x + slot * (i + 0.5);
      const round = i + 1;
      if (round === model.current) {
        g.fillStyle(colours.paper, 1).fillRoundedRect(
          x + slot * i + 1,
          tabTop,
          slot - 2,
          tabH,
          Math.round(4 * k),
        );
      } else {
        g.fillStyle(colours.feltLine, round < model.current ? 0.35 : 0.8).fillRoundedRect(
          x + slot * i + 1,
          tabTop,
          slot - 2,
          tabH,
          Math.round(3 * k),
        );
      }
      setFontSize(label, font.small);
      setFontSize(year, font.small);
      setColour(
        label,
        round === model.current ? cssColour(colours.ink) : round < model.current ? past : future,
      );
      label
        .setText(i % every === 0 || round === model.current ? month : '')
        .setPosition(cx, tabTop + Math.round(1 * k));
      const newYear = yearText !== lastYear;
      lastYear = yearText;
      setColour(year, round < model.current ? past : future);
      year
        .setText(yearText)
        .setPosition(cx, tabTop + tabH + Math.round(1 * k))
        .setVisible(newYear && y + h - (tabTop + tabH) > font.small);
    });
    for (const marker of model.markers)
      this.drawMarker(g, marker, x + (marker.at / model.monthsPerRound) * slot, y + markerRow, k);
  }

  private drawMarker(
    g: Phaser.GameObjects.Graphics,
    marker: CalendarMarker,
    mx: number,
    my: number,
    k: number,
  ): void {
    const r = Math.round(6 * k);
    if (marker.state === 'averted') {
      g.lineStyle(Math.max(1, Math.round(2 * k)), averted, 1);
      strokeDiamond(g, mx, my, r);
      return;
    }
    g.fillStyle(marker.state === 'fired' ? treatyColours.collapsed : colours.gold, 1);
    g.fillTriangle(mx - r, my, mx, my - r, mx + r, my).fillTriangle(mx - r, my, mx, my + r, mx + r, my);
    // A dark edge keeps diamonds a few days apart distinguishable.
    g.lineStyle(Math.max(1, Math.round(k)), strip, 1);
    strokeDiamond(g, mx, my, r);
  }

  private drawNext(model: CalendarModel): void {
    const now = (Math.max(model.current, 1) - 1) * model.monthsPerRound;
    const ahead = model.markers.find((m) => m.state === 'ahead' && m.at >= now);
    this.nextLabel.setText(ahead ? `NEXT EVENT · ${ahead.when}` : 'NO DATED EVENTS AHEAD');
    fitText(this.nextTitle, ahead?.title ?? '', this.next.w, this.nextLines);
  }
}

/** The outline of a marker's diamond, centred on (mx, my). */
function strokeDiamond(g: Phaser.GameObjects.Graphics, mx: number, my: number, r: number): void {
  g.beginPath()
    .moveTo(mx, my - r)
    .lineTo(mx + r, my)
    .lineTo(mx, my + r)
    .lineTo(mx - r, my)
    .closePath()
    .strokePath();
}
