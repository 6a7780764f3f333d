/**
 * Runs one game on the page: sends the player's and the AI's events to the engine, shows each seat
 * only its own view, asks for the hand-over between human seats, autosaves after every accepted
 * event, and announces every move. It holds no rule: what may be done comes from legalActions.
 */
import { roundLabel } from '../engine/calendar';
import type { Game } from '../engine/game';
import type {
  CardId,
  CompiledScenario,
  GameEvent,
  GameState,
  GameView,
  SeatController,
  SeatId,
} from '../engine/types';
import type { Announcer } from '../ui/announcer';
import { downloadText } from '../ui/download';
import { GameScreen } from '../ui/game-screen';
import { renderHandover } from '../ui/handover';
import { controllerLabel, seatName, seatShortName } from '../ui/labels';
import { AiClient } from './ai-client';
import { BoardHost, boardExpected } from './board-host';
import { fileStem } from './log-export';
import { makeSaveFile, type ScenarioRef } from './save-file';
import type { SaveStore } from './save-store';
import { decideViewer } from './seat-view';

/** The AI waits at least this long, so a person can follow its moves one by one. */
const AI_PACE_MS = 900;

export interface Session {
  ref: ScenarioRef;
  compiled: CompiledScenario;
  game: Game;
}

export interface ControllerDeps {
  root: HTMLElement;
  overlay: HTMLElement;
  announcer: Announcer;
  store: SaveStore;
  onEnded(session: Session): void;
  onBackToStart(): void;
  onError(error: unknown): void;
}

export class GameController {
  private readonly screen: GameScreen;
  private readonly board: BoardHost;
  private readonly ai: AiClient;
  private readonly seats: Record<SeatId, SeatController>;
  private readonly unsubscribe: () => void;
  private confirmed: SeatId | null = null;
  private selectedCard: CardId | null = null;
  private thinking: SeatId | null = null;
  private saveWarning: string | null = null;
  private lastAwaiting: SeatId | null = null;
  private closed = false;

  constructor(
    private readonly session: Session,
    private readonly deps: ControllerDeps,
  ) {
    const { compiled, game } = session;
    this.seats = game.seats;
    this.screen = new GameScreen(compiled, {
      onAction: (event) => this.guard(() => this.act(event)),
      onSelectCard: (card) => this.guard(() => this.select(card)),
      onDownloadSave: () => this.guard(() => this.downloadSave()),
      onBackToStart: () => this.guard(() => this.backToStart()),
    });
    this.screen.setBoardLive(boardExpected());
    this.board = new BoardHost(
      this.screen.boardHost,
      (card) =>
        this.guard(() => {
          this.select(card);
          this.screen.revealDetail();
        }),
      () => this.screen.setBoardLive(false),
    );
    this.ai = new AiClient(compiled.scenario);
    this.unsubscribe = game.subscribe((state) => this.guard(() => this.accepted(state)));
    deps.root.replaceChildren(this.screen.element);
    this.screen.log.sync(game.state.log);
    this.autosave();
    this.update();
    if (!deps.overlay.hasChildNodes()) this.screen.focusTurn();
  }

  close(): void {
    this.closed = true;
    this.unsubscribe();
    this.ai.dispose();
    this.board.destroy();
    this.deps.overlay.replaceChildren();
    this.deps.root.inert = false;
  }

  private guard(run: () => void): void {
    if (this.closed) return;
    try {
      run();
    } catch (error) {
      this.deps.onError(error);
    }
  }

  private get game(): Game {
    return this.session.game;
  }

  /** Draws what the seat in view may see, and starts the AI if an AI seat is to move. */
  private update(): void {
    const { game, compiled } = this.session;
    const awaiting = game.awaiting();
    if (awaiting === null) {
      this.end();
      return;
    }
    const decision = decideViewer(game.state.seatOrder, this.seats, awaiting, this.confirmed);
    const view = game.view(decision.viewer);
    const legal =
      decision.viewer !== null && decision.viewer === awaiting ? game.legalActions(decision.viewer) : [];
    this.keepSelection(view);
    this.screen.render({
      compiled,
      view,
      awaiting,
      thinking: this.thinking,
      seats: this.seats,
      legal,
      selectedCard: this.selectedCard,
      saveWarning: this.saveWarning,
    });
    this.board.render({ compiled, view, legal, selectedCard: this.selectedCard });
    this.showHandover(decision.handover);
    this.announceTurn(awaiting, decision.viewer);
    if (this.seats[awaiting]?.kind !== 'human') this.runAi(awaiting);
  }

  /** A card stays selected only while it is still in view (in the viewer's hand or on the table). */
  private keepSelection(view: GameView): void {
    const hand = view.viewer ? (view.seats[view.viewer]?.hand ?? []) : [];
    const offer = view.phase === 'session' ? view.session?.offer : view.talks.offer;
    const onTable = offer ? [offer.proposal, offer.concession?.card, offer.demand?.card] : [];
    const visible = new Set([...hand, ...onTable].filter((id): id is CardId => Boolean(id)));
    if (this.selectedCard && !visible.has(this.selectedCard)) this.selectedCard = null;
    if (!this.selectedCard && offer && view.viewer) this.selectedCard = offer.proposal;
  }

  private showHandover(to: SeatId | null): void {
    const { overlay } = this.deps;
    const app = this.deps.root;
    if (!to) {
      if (overlay.hasChildNodes()) {
        overlay.replaceChildren();
        app.inert = false;
        this.screen.focusTurn();
      }
      return;
    }
    if (overlay.dataset.seat === to && overlay.hasChildNodes()) return;
    overlay.dataset.seat = to;
    app.inert = true;
    const { compiled } = this.session;
    const from = this.confirmed;
    overlay.replaceChildren(
      renderHandover({
        to: seatName(compiled, to),
        from: from ? seatName(compiled, from) : null,
        colour: compiled.scenario.delegations.find((d) => d.id === to)?.colour,
        onConfirm: () =>
          this.guard(() => {
            this.confirmed = to;
            this.selectedCard = null;
            this.update();
          }),
      }),
    );
  }

  private announceTurn(awaiting: SeatId, viewer: SeatId | null): void {
    if (awaiting === this.lastAwaiting) return;
    this.lastAwaiting = awaiting;
    const { compiled } = this.session;
    if (this.seats[awaiting]?.kind !== 'human') return;
    if (viewer === awaiting) this.deps.announcer.announce([`Your move, ${seatName(compiled, awaiting)}.`]);
  }

  private select(card: CardId): void {
    this.selectedCard = card;
    this.update();
  }

  private act(event: GameEvent): void {
    const result = this.game.send(event);
    if (!result.ok) {
      // The panels offer only legal events, so this is a bug; say it rather than do nothing.
      this.deps.announcer.announce([`That move was refused: ${result.refusal.reason}`]);
      throw new Error(`The engine refused ${event.type}: ${result.refusal.reason}`);
    }
    this.update();
  }

  /** After every accepted event: log, announce, autosave. */
  private accepted(state: GameState): void {
    const sentences = this.screen.log.sync(state.log);
    this.deps.announcer.announce(sentences);
    this.autosave();
  }

  private autosave(): void {
    const { compiled, ref, game } = this.session;
    const state = game.state;
    const when =
      state.phase === 'ended'
        ? 'finished'
        : `${roundLabel(compiled, state.round)}, round ${state.round} of ${compiled.totalRounds}`;
    const players = compiled.scenario.delegations
      .map((d) => `${seatShortName(compiled, d.id)} ${controllerLabel(this.seats[d.id]).toLowerCase()}`)
      .join(' vs ');
    const file = makeSaveFile(
      ref,
      game.save(),
      `${compiled.scenario.title} · ${when} · ${players}`,
      new Date(),
    );
    const written = this.deps.store.write(JSON.stringify(file));
    this.saveWarning = written.ok ? null : `Not saved automatically: ${written.reason}. Use “Save to file”.`;
  }

  private runAi(seat: SeatId): void {
    if (this.thinking) return;
    const controller = this.seats[seat];
    this.thinking = seat;
    this.update();
    const started = performance.now();
    const game = this.game;
    const strength = controller?.kind === 'ai' ? controller.strength : 'novice';
    const request = {
      view: game.view(seat),
      legal: game.legalActions(seat),
      seat,
      strength,
      seed: (game.state.seed + game.save().events.length * 2654435761) >>> 0,
    };
    this.ai
      .choose(request)
      .then(async (decision) => {
        await delay(AI_PACE_MS - (performance.now() - started));
        this.guard(() => {
          this.thinking = null;
          this.screen.log.addNote(game.state.round, decision.reason, seat);
          this.act(decision.event);
        });
      })
      .catch((error: unknown) => this.guard(() => this.deps.onError(error)));
  }

  private downloadSave(): void {
    const { compiled, ref, game } = this.session;
    const file = makeSaveFile(ref, game.save(), compiled.scenario.title, new Date());
    downloadText(
      `${fileStem(compiled.scenario.id, game.state.seed)}-save.json`,
      JSON.stringify(file, null, 2),
      'application/json',
    );
  }

  private backToStart(): void {
    this.close();
    this.deps.onBackToStart();
  }

  private end(): void {
    const session = this.session;
    this.close();
    this.deps.onEnded(session);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
