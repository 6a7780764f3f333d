/**
 * The issue tracks and the commission track: one lane per track, one cell per level with its label,
 * formal levels sealed in gold, and a token that slides to the new level when it changes.
 */
import type Phaser from 'phaser';
import { clamp, type Layout, LINE, laneInset, type Rect, trackColumns } from './layout';
import type { LaneModel } from './model';
import { addText, fitText, setColour, setFontSize } from './text';
import { colours, cssColour } from './theme';

const tokenColour = 0x1f5a6e;

/** Cells at or below the current level are tinted: the track reads as progress made. */
const fills = {
  issue: { open: 0xfbf8f0, reached: 0xdbe6df },
  formal: { open: 0xf7ecd0, reached: 0xeed59a },
  commission: { open: 0xeef0f3, reached: 0xd6dfea },
};

function cellFill(commission: boolean, formal: boolean, reached: boolean): number {
  const palette = commission ? fills.commission : formal ? fills.formal : fills.issue;
  return reached ? palette.reached : palette.open;
}

/** Draws the small gold seal that marks a formal level (also used by the legend). */
export function drawSeal(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number): void {
  g.fillStyle(colours.gold, 1).fillCircle(x, y, r);
  g.fillStyle(colours.goldLight, 1).fillCircle(x, y, r * 0.55);
  g.fillStyle(colours.gold, 1).fillCircle(x, y, r * 0.25);
}

class LaneView {
  private readonly cells: Phaser.GameObjects.Graphics;
  private readonly token: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly note: Phaser.GameObjects.Text;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private geometry: Rect[] = [];
  private nameRect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private lane: LaneModel | null = null;
  private shownLevel: number | null = null;
  private layout: Layout | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly isCommission: boolean,
  ) {
    this.cells = scene.add.graphics();
    this.token = scene.add.graphics();
    this.name = addText(scene, { bold: true });
    this.note = addText(scene, { colour: cssColour(colours.inkSoft) });
  }

  setVisible(visible: boolean): void {
    for (const o of [this.cells, this.token, this.name, this.note, ...this.labels]) o.setVisible(visible);
  }

  /** Geometry and the static drawing; `lane` gives the number of levels and their labels. */
  setLayout(rect: Rect, layout: Layout, lane: LaneModel, note: string, nameWidth: number): void {
    this.layout = layout;
    this.lane = lane;
    const { k, font } = layout;
    const inset = laneInset(k);
    const cellWidth = (rect.w - nameWidth) / lane.levels.length;
    this.geometry = lane.levels.map((_, i) => ({
      x: Math.round(rect.x + nameWidth + i * cellWidth + inset),
      y: rect.y + inset,
      w: Math.round(cellWidth - 2 * inset),
      h: rect.h - 2 * inset,
    }));

    // The track's name on as many lines as the lane holds (three at most), smaller if it needs more.
    const nameRoom = nameWidth - 3 * inset;
    const nameLines = (size: number) =>
      clamp(Math.floor((rect.h - 2 * inset) / (size * LINE)) - (note ? 1 : 0), 1, 3);
    setFontSize(this.name, font.body);
    this.name.setWordWrapWidth(Math.max(8, Math.floor(nameRoom)), true);
    if (this.name.getWrappedText(lane.name).length > nameLines(font.body)) setFontSize(this.name, font.small);
    const nameSize = Number.parseInt(String(this.name.style.fontSize), 10) || font.body;
    fitText(this.name, lane.name, nameRoom, nameLines(nameSize));
    setFontSize(this.note, font.small);
    this.nameRect = { x: rect.x + inset, y: rect.y, w: nameWidth, h: rect.h };
    this.setNote(note);

    while (this.labels.length < lane.levels.length) {
      this.labels.push(addText(this.scene, { align: 'center' }).setOrigin(0.5));
    }
    this.labels.forEach((label, i) => {
      const cell = this.geometry[i];
      const text = lane.levels[i];
      label.setVisible(cell !== undefined && text !== undefined);
      if (!cell || text === undefined) return;
      setFontSize(label, font.small);
      const lines = Math.max(1, Math.floor((cell.h - 2 * inset) / (font.small * LINE)));
      fitText(label, text, cell.w - 4 * inset, lines);
      label.setPosition(Math.round(cell.x + cell.w / 2), Math.round(cell.y + cell.h / 2));
    });
    this.shownLevel = null;
    this.update(lane, false);
  }

  /** A line under the track's name (the commission's sessions held); centred with the name. */
  setNote(note: string): void {
    this.note.setText(note).setVisible(note !== '');
    const { x, y, h } = this.nameRect;
    const blockHeight = this.name.height + (note ? this.note.height : 0);
    this.name.setPosition(x, Math.round(y + (h - blockHeight) / 2));
    this.note.setPosition(x, this.name.y + this.name.height);
  }

  update(lane: LaneModel, animate: boolean): void {
    this.lane = lane;
    const level = clamp(lane.level, 0, lane.levels.length - 1);
    if (level === this.shownLevel) return;
    this.drawCells(level);
    this.labels.forEach((label, i) => {
      setColour(label, cssColour(i <= level ? colours.ink : colours.inkSoft));
    });
    this.moveToken(level, animate && this.shownLevel !== null);
    this.shownLevel = level;
  }

  private isFormal(i: number): boolean {
    const from = this.lane?.formalFrom;
    return from !== null && from !== undefined && i >= from;
  }

  private drawCells(level: number): void {
    const k = this.layout?.k ?? 1;
    const radius = Math.round(5 * k);
    const g = this.cells.clear();
    this.geometry.forEach((cell, i) => {
      const formal = this.isFormal(i);
      const reached = i <= level;
      const fill = cellFill(this.isCommission, formal, reached);
      g.fillStyle(fill, 1).fillRoundedRect(cell.x, cell.y, cell.w, cell.h, radius);
      if (formal) {
        g.lineStyle(Math.max(1, Math.round(1.5 * k)), colours.gold, 1).strokeRoundedRect(
          cell.x,
          cell.y,
          cell.w,
          cell.h,
          radius,
        );
        const inner = Math.round(3 * k);
        g.lineStyle(Math.max(1, Math.round(k)), colours.gold, 0.6);
        g.strokeRoundedRect(
          cell.x + inner,
          cell.y + inner,
          cell.w - 2 * inner,
          cell.h - 2 * inner,
          Math.max(1, radius - inner),
        );
        const seal = Math.max(2, Math.round((cell.h >= 40 * k ? 5 : 3.5) * k));
        drawSeal(g, cell.x + cell.w - seal - Math.round(3 * k), cell.y + seal + Math.round(3 * k), seal);
      } else {
        g.lineStyle(Math.max(1, Math.round(k)), colours.paperEdge, 1).strokeRoundedRect(
          cell.x,
          cell.y,
          cell.w,
          cell.h,
          radius,
        );
      }
    });
  }

  /** The token is drawn once around the origin and moved, so a level change is a tween of x. */
  private moveToken(level: number, animate: boolean): void {
    const cell = this.geometry[level];
    if (!cell) return;
    const k = this.layout?.k ?? 1;
    const radius = Math.round(5 * k);
    const g = this.token.clear();
    const stroke = Math.max(2, Math.round(3 * k));
    g.lineStyle(stroke, tokenColour, 1).strokeRoundedRect(0, 0, cell.w, cell.h, radius);
    // The pawn head only where the cell is tall enough not to cover its label.
    if (cell.h >= 40 * k) {
      const r = Math.round(6 * k);
      g.fillStyle(tokenColour, 1).fillCircle(Math.round(9 * k), Math.round(9 * k), r);
      g.fillStyle(0xffffff, 0.9).fillCircle(Math.round(8 * k), Math.round(8 * k), r * 0.35);
    }
    this.scene.tweens.killTweensOf(this.token);
    if (animate) {
      this.scene.tweens.add({
        targets: this.token,
        x: cell.x,
        y: cell.y,
        duration: 520,
        ease: 'Cubic.InOut',
      });
      this.scene.tweens.add({
        targets: this.token,
        scale: { from: 1.06, to: 1 },
        duration: 520,
        ease: 'Quad.Out',
      });
    } else {
      this.token.setPosition(cell.x, cell.y).setScale(1);
    }
  }
}

export class TracksView {
  private readonly board: Phaser.GameObjects.Graphics;
  private readonly heading: Phaser.GameObjects.Text;
  private readonly legend: Phaser.GameObjects.Text;
  private readonly legendSeal: Phaser.GameObjects.Graphics;
  private readonly lanes: LaneView[] = [];
  private readonly commission: LaneView;

  constructor(private readonly scene: Phaser.Scene) {
    this.board = scene.add.graphics();
    this.heading = addText(scene, { bold: true, colour: cssColour(colours.inkSoft) });
    this.legend = addText(scene, { colour: cssColour(colours.inkSoft) }).setOrigin(1, 0);
    this.legendSeal = scene.add.graphics();
    this.commission = new LaneView(scene, true);
  }

  setLayout(
    layout: Layout,
    lanes: LaneModel[],
    commission: LaneModel,
    commissionShort: string,
    sessions: number,
  ): void {
    const { tracks, k } = layout;
    const pad = Math.round(8 * k);
    const header = layout.tracksHeader;
    this.board.clear();
    this.board
      .fillStyle(colours.paper, 1)
      .fillRoundedRect(tracks.x, tracks.y, tracks.w, tracks.h, layout.radius);
    this.board.lineStyle(Math.max(1, Math.round(k)), colours.paperEdge, 1);
    this.board.strokeRoundedRect(tracks.x, tracks.y, tracks.w, tracks.h, layout.radius);

    setFontSize(this.heading, layout.font.small);
    setFontSize(this.legend, layout.font.small);
    const headY = tracks.y + Math.round((header - layout.font.small * LINE) / 2 + 2 * k);
    this.heading.setText('ISSUES').setPosition(tracks.x + pad, headY);
    const sealR = Math.max(3, Math.round(5 * k));
    // The legend's longest wording that fits beside the heading.
    const room = tracks.w - 2 * pad - this.heading.width - 2 * sealR - Math.round(16 * k);
    const wordings = [
      `Formal level: reached only by a ${commissionShort} session decision`,
      `Formal level: only by a ${commissionShort} decision`,
      `Formal: ${commissionShort} decision`,
    ];
    const legend =
      wordings.find((w) => this.legend.setText(w).width <= room) ?? wordings[wordings.length - 1];
    this.legend.setText(legend ?? '');
    this.legend.setPosition(tracks.x + tracks.w - pad, headY);
    this.legendSeal.clear();
    drawSeal(
      this.legendSeal,
      this.legend.x - this.legend.width - sealR - Math.round(4 * k),
      this.legend.y + this.legend.height / 2,
      sealR,
    );

    while (this.lanes.length < lanes.length) this.lanes.push(new LaneView(this.scene, false));
    const { nameWidth, ...inner } = trackColumns(layout);
    const rowHeight = (tracks.h - header - Math.round(4 * k)) / (lanes.length + 1);
    this.lanes.forEach((view, i) => {
      const lane = lanes[i];
      view.setVisible(lane !== undefined);
      if (!lane) return;
      view.setLayout(
        { ...inner, y: Math.round(tracks.y + header + i * rowHeight), h: Math.round(rowHeight) },
        layout,
        lane,
        '',
        nameWidth,
      );
    });
    const y = Math.round(tracks.y + header + lanes.length * rowHeight);
    this.commission.setLayout(
      { ...inner, y, h: Math.round(rowHeight) },
      layout,
      commission,
      sessionNote(sessions),
      nameWidth,
    );
  }

  update(lanes: LaneModel[], commission: LaneModel, sessions: number, animate: boolean): void {
    for (const [i, lane] of lanes.entries()) this.lanes[i]?.update(lane, animate);
    this.commission.update(commission, animate);
    this.commission.setNote(sessionNote(sessions));
  }
}

function sessionNote(sessions: number): string {
  return sessions === 1 ? '1 session held' : `${sessions} sessions held`;
}
