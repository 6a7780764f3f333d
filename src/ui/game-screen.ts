/**
 * The table: header, status strip, the board (decorative for assistive technology), the log, and
 * the side panel with the move, the hand, the selected card and the objective. Parts are rebuilt
 * only when what they show changed, so focus and scroll positions survive a render.
 */
import type { CardId, CompiledScenario, GameEvent, GameView, SeatController, SeatId } from '../engine/types';
import {
  type ActionCallbacks,
  offerOnTable,
  playableCards,
  promptFor,
  renderCardMoves,
  renderGeneralMoves,
  renderOffer,
} from './action-bar';
import { renderCardDetail } from './card-detail';
import { el, replaceChildren, seatColour } from './dom';
import { GameLog } from './game-log';
import { createGlossary } from './glossary';
import { renderHand } from './hand-list';
import { controllerLabel, delegation, seatName } from './labels';
import { renderObjective } from './objective-panel';
import { renderStatus } from './status-summary';
import { renderRound, renderTurnChip } from './turn-header';

export interface GameScreenModel {
  compiled: CompiledScenario;
  view: GameView;
  awaiting: SeatId | null;
  thinking: SeatId | null;
  seats: Record<SeatId, SeatController>;
  /** Legal events of the seat in view when it is that seat's move; empty otherwise. */
  legal: readonly GameEvent[];
  selectedCard: CardId | null;
  /** Set when autosave is not working, so the player knows to download saves. */
  saveWarning: string | null;
}

export interface GameScreenCallbacks extends ActionCallbacks {
  onDownloadSave(): void;
  onBackToStart(): void;
}

export class GameScreen {
  readonly element: HTMLElement;
  readonly boardHost = el('div', { className: 'board', attrs: { 'aria-hidden': 'true' } });
  readonly log: GameLog;
  private readonly roundSlot = el('div', { className: 'turn__info' });
  private readonly chipSlot = el('div', { className: 'turn__who', attrs: { 'aria-live': 'off' } });
  private readonly statusSlot = el('div', { className: 'game__status' });
  private readonly turnTitle = el('h2', {
    className: 'panel-title',
    attrs: { id: 'turn-title', tabindex: -1 },
  });
  private readonly turnSlot = el('div', { className: 'turn-panel__body' });
  private readonly turnPanel = el(
    'section',
    { className: 'panel turn-panel', attrs: { 'aria-labelledby': 'turn-title' } },
    [this.turnTitle, this.turnSlot],
  );
  private readonly handSlot = el('div', { className: 'hand-panel' });
  private readonly detailSlot = el('div', { className: 'detail-panel' });
  private readonly objectiveSlot = el('div', {});
  private readonly warningSlot = el('div', {});
  private readonly keys = new Map<string, string>();

  constructor(
    compiled: CompiledScenario,
    private readonly callbacks: GameScreenCallbacks,
  ) {
    this.log = new GameLog(compiled);
    const glossary = createGlossary(compiled.scenario);
    const quiet = (text: string, onClick: () => void) =>
      el('button', {
        className: 'button button--quiet',
        text,
        attrs: { type: 'button' },
        on: { click: onClick },
      });
    this.element = el('div', { className: 'game', attrs: { 'data-testid': 'game' } }, [
      el('header', { className: 'game__header' }, [
        el('h1', { className: 'game__brand' }, [
          el('span', { className: 'game__name', text: 'Treaty Table' }),
          el('span', { className: 'game__scenario', text: compiled.scenario.title }),
        ]),
        this.roundSlot,
        this.chipSlot,
        el('nav', { className: 'game__menu', attrs: { 'aria-label': 'Game' } }, [
          glossary.button,
          quiet('Save to file', () => callbacks.onDownloadSave()),
          quiet('Back to start', () => callbacks.onBackToStart()),
        ]),
      ]),
      el('main', { className: 'game__main', attrs: { 'aria-label': 'Negotiating table' } }, [
        this.statusSlot,
        el('div', { className: 'game__table' }, [this.boardHost, this.log.element]),
        el('aside', { className: 'game__side', attrs: { 'aria-label': 'Your delegation' } }, [
          this.warningSlot,
          this.turnPanel,
          this.handSlot,
          el('section', { className: 'panel', attrs: { 'aria-label': 'Selected card' } }, [this.detailSlot]),
          el(
            'section',
            { className: 'panel objective-panel', attrs: { 'aria-labelledby': 'objective-title' } },
            [
              el('h2', {
                className: 'panel-title',
                text: 'Your objective',
                attrs: { id: 'objective-title' },
              }),
              this.objectiveSlot,
            ],
          ),
        ]),
      ]),
      glossary.dialog,
    ]);
  }

  render(model: GameScreenModel): void {
    const hadFocus = this.element.contains(document.activeElement);
    replaceChildren(this.roundSlot, [renderRound(model)]);
    replaceChildren(this.chipSlot, [renderTurnChip(model)]);
    replaceChildren(this.statusSlot, [renderStatus(model.compiled, model.view)]);
    this.renderTurn(model);
    this.renderHandPanel(model);
    this.renderDetail(model);
    this.when('objective', [model.view.viewer, model.view.objectivesMet], () =>
      replaceChildren(this.objectiveSlot, [renderObjective(model.compiled, model.view)]),
    );
    replaceChildren(this.warningSlot, [
      model.saveWarning
        ? el('p', { className: 'notice notice--error small', text: model.saveWarning })
        : null,
    ]);
    // A rebuilt part may have held the focus: put it somewhere sensible instead of on the page body.
    if (hadFocus && !this.element.contains(document.activeElement)) this.focusTurn();
  }

  /**
   * While the board draws the table, the status strip is for screen readers only (the board shows
   * the same); without a board it is shown, so the game stays playable from the panels.
   */
  setBoardLive(live: boolean): void {
    this.statusSlot.classList.toggle('visually-hidden', live);
    this.element.classList.toggle('game--no-board', !live);
  }

  /** After a card is picked on the board, brings its details into view in the side panel. */
  revealDetail(): void {
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.detailSlot.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  }

  focusTurn(): void {
    this.turnTitle.focus();
  }

  private renderTurn(model: GameScreenModel): void {
    const { compiled, view, awaiting, thinking, legal } = model;
    const toMove = view.viewer !== null && awaiting === view.viewer;
    this.when('turn', [view.viewer, awaiting, thinking, legal, offerOnTable(view), view.phase], () => {
      this.turnTitle.textContent = toMove ? 'Your move' : waitingTitle(model);
      const callbacks = this.callbacks;
      const actionModel = {
        compiled,
        view,
        seat: toMove ? view.viewer : null,
        legal,
        selectedCard: model.selectedCard,
      };
      replaceChildren(this.turnSlot, [
        toMove
          ? el('p', { className: 'turn-panel__seat' }, [
              el('span', { className: 'seat-dot', attrs: { 'aria-hidden': 'true' } }),
              seatName(compiled, awaiting),
            ])
          : null,
        toMove ? el('p', { className: 'turn-panel__prompt', text: promptFor(legal) }) : null,
        renderOffer(actionModel, callbacks),
        toMove ? renderGeneralMoves(legal, callbacks) : null,
      ]);
      seatColour(this.turnPanel, delegation(compiled, awaiting)?.colour);
    });
  }

  private renderHandPanel(model: GameScreenModel): void {
    const { view } = model;
    const viewer = view.viewer;
    const hand = viewer ? (view.seats[viewer]?.hand ?? null) : null;
    const toMove = viewer !== null && model.awaiting === viewer;
    const playable = playableCards(model.legal);
    const rebuilt = this.when('hand', [viewer, hand, [...playable], toMove], () =>
      replaceChildren(this.handSlot, [
        viewer
          ? el('section', { className: 'panel' }, [
              renderHand(
                { compiled: model.compiled, hand, playable, selectedCard: model.selectedCard, toMove },
                (card) => this.callbacks.onSelectCard(card),
              ),
            ])
          : null,
      ]),
    );
    if (!rebuilt) {
      for (const input of this.handSlot.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
        input.checked = input.value === model.selectedCard;
      }
    }
  }

  private renderDetail(model: GameScreenModel): void {
    const toMove = model.view.viewer !== null && model.awaiting === model.view.viewer;
    this.when('detail', [model.selectedCard, model.legal, toMove], () => {
      const card = model.selectedCard ? model.compiled.cards.get(model.selectedCard) : undefined;
      const actionModel = {
        compiled: model.compiled,
        view: model.view,
        seat: toMove ? model.view.viewer : null,
        legal: model.legal,
        selectedCard: model.selectedCard,
      };
      replaceChildren(this.detailSlot, [
        renderCardDetail(model.compiled, card),
        renderCardMoves(actionModel, this.callbacks),
      ]);
    });
  }

  /** Runs `build` only when `inputs` differ from last time; returns whether it ran. */
  private when(part: string, inputs: unknown, build: () => void): boolean {
    const key = JSON.stringify(inputs);
    if (this.keys.get(part) === key) return false;
    this.keys.set(part, key);
    build();
    return true;
  }
}

function waitingTitle(model: GameScreenModel): string {
  const { compiled, awaiting, thinking, seats } = model;
  if (awaiting === null) return 'The game is over';
  if (thinking === awaiting) return `${seatName(compiled, awaiting)} is thinking…`;
  return `Waiting for the ${seatName(compiled, awaiting)} (${controllerLabel(seats[awaiting]).toLowerCase()})`;
}
