/**
 * The one Phaser scene: it owns the widgets, turns each render input into a model, and passes the
 * model down. Layout is recomputed only when the window or the shape of the game changes (another
 * scenario, a hand appearing); every other render just updates what changed, animating moves.
 */
import type Phaser from 'phaser';
import { CalendarStrip } from './calendar-strip';
import { EventReveal } from './event-reveal';
import { StatusView } from './gauges';
import { HandView } from './hand';
import { computeLayout, type Layout } from './layout';
import { type BoardInput, type BoardModel, buildModel } from './model';
import { Scene } from './phaser-lite';
import { SeatPanel } from './seat-panel';
import { SessionTable } from './session-table';
import { TalksTable } from './talks-table';
import { colours, mix } from './theme';
import { TracksView } from './tracks';

export interface CanvasSize {
  cssWidth: number;
  cssHeight: number;
  dpr: number;
}

interface Widgets {
  backdrop: Phaser.GameObjects.Graphics;
  calendar: CalendarStrip;
  seats: [SeatPanel, SeatPanel];
  status: StatusView;
  tracks: TracksView;
  talks: TalksTable;
  session: SessionTable;
  hand: HandView;
  reveal: EventReveal;
}

export class TableScene extends Scene {
  readonly ready: Promise<void>;
  private markReady: () => void = () => {};
  private widgets: Widgets | null = null;
  private size: CanvasSize;
  private layoutNow: Layout | null = null;
  private shape = '';
  private model: BoardModel | null = null;
  private revealedRound = 0;

  constructor(
    private readonly onCardSelected: (cardId: string) => void,
    size: CanvasSize,
  ) {
    super({ key: 'table' });
    this.size = size;
    this.ready = new Promise((resolve) => {
      this.markReady = resolve;
    });
  }

  create(): void {
    this.widgets = {
      backdrop: this.add.graphics(),
      calendar: new CalendarStrip(this),
      seats: [new SeatPanel(this), new SeatPanel(this)],
      status: new StatusView(this),
      tracks: new TracksView(this),
      talks: new TalksTable(this),
      session: new SessionTable(this),
      hand: new HandView(this, (id) => this.onCardSelected(id)),
      reveal: new EventReveal(this),
    };
    this.markReady();
  }

  /** Whether anything is moving (a token, the event reveal, a pulse): the loop must keep drawing. */
  animating(): boolean {
    return this.tweens
      .getTweens()
      .some((t) => !(t.isPendingRemove() || t.isRemoved() || t.isFinished() || t.isDestroyed()));
  }

  /** The canvas changed size (or moved to a screen with another pixel ratio). */
  resizeTo(size: CanvasSize): void {
    this.size = size;
    this.shape = '';
    if (this.model) this.present(this.model, false);
  }

  show(input: BoardInput): void {
    const model = buildModel(input);
    const sameScenario = this.model?.scenarioKey === model.scenarioKey;
    if (!sameScenario) this.revealedRound = 0;
    this.present(model, sameScenario);
    this.model = model;
    if (model.round > this.revealedRound) {
      this.revealedRound = model.round;
      this.widgets?.reveal.play(model.reveal, `ROUND ${model.round} · ${model.roundLabel.toUpperCase()}`);
    }
  }

  private present(model: BoardModel, animate: boolean): void {
    const widgets = this.widgets;
    if (!widgets) return;
    const shape = `${model.scenarioKey}|${model.lanes.length}|${model.hand !== null}|${this.size.cssWidth}x${this.size.cssHeight}@${this.size.dpr}`;
    if (shape !== this.shape || !this.layoutNow) {
      this.shape = shape;
      this.layoutNow = computeLayout(this.size.cssWidth, this.size.cssHeight, this.size.dpr, {
        lanes: model.lanes.length + 1,
        hasHand: model.hand !== null,
      });
      this.applyLayout(widgets, this.layoutNow, model);
      animate = false;
    }
    this.refresh(widgets, model, animate);
  }

  private applyLayout(widgets: Widgets, layout: Layout, model: BoardModel): void {
    this.cameras.main.setSize(layout.width, layout.height);
    this.drawBackdrop(widgets.backdrop, layout);
    widgets.calendar.setLayout(layout);
    for (const [i, panel] of widgets.seats.entries())
      panel.setLayout(layout, layout.seats[i] ?? layout.seats[0]);
    widgets.status.setLayout(layout);
    widgets.tracks.setLayout(
      layout,
      model.lanes,
      model.commission,
      model.commissionShort,
      model.sessionsHeld,
    );
    widgets.talks.setLayout(layout);
    widgets.session.setLayout(layout);
    widgets.hand.setLayout(layout);
    widgets.reveal.setLayout(layout);
  }

  private refresh(widgets: Widgets, model: BoardModel, animate: boolean): void {
    widgets.calendar.update(model.calendar, model.roundLabel);
    widgets.seats.forEach((panel, i) => {
      const seat = model.seats[i];
      if (seat) panel.update(seat);
    });
    widgets.status.update(model, animate);
    widgets.tracks.update(model.lanes, model.commission, model.sessionsHeld, animate);
    const inSession = model.session !== null;
    widgets.talks.setVisible(!inSession);
    widgets.session.setVisible(inSession);
    if (model.session) widgets.session.update(model.session, [model.seats[0].colour, model.seats[1].colour]);
    else widgets.talks.update(model);
    widgets.hand.update(model.hand, animate);
  }

  /** The felt, a shade lighter towards the middle of the table. */
  private drawBackdrop(g: Phaser.GameObjects.Graphics, layout: Layout): void {
    const light = mix(colours.felt, 0xffffff, 0.06);
    g.clear().fillGradientStyle(colours.felt, colours.felt, light, light, 1, 1, 1, 1);
    g.fillRect(0, 0, layout.width, layout.height / 2);
    g.fillGradientStyle(light, light, colours.felt, colours.felt, 1, 1, 1, 1);
    g.fillRect(0, layout.height / 2, layout.width, layout.height / 2);
  }
}
