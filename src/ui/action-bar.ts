/**
 * The moves open to the seat in view, exactly as the engine lists them in `legalActions`: the
 * general moves (accept, reject, pass), and what the selected card can do (propose, counter,
 * statement, gesture). Nothing here decides legality.
 */
import type { CardId, CompiledScenario, GameEvent, GameView, Offer, SeatId } from '../engine/types';
import { el } from './dom';
import { cardTitle, KIND_LABELS, seatName } from './labels';
import { renderProposeForm } from './propose-form';

export interface ActionBarModel {
  compiled: CompiledScenario;
  view: GameView;
  /** The seat in view that is to move, or null when it is someone else's move. */
  seat: SeatId | null;
  legal: readonly GameEvent[];
  selectedCard: CardId | null;
}

export interface ActionCallbacks {
  onAction(event: GameEvent): void;
  onSelectCard(card: CardId): void;
}

type Of<T extends GameEvent['type']> = Extract<GameEvent, { type: T }>;

function ofType<T extends GameEvent['type']>(legal: readonly GameEvent[], type: T): Of<T>[] {
  return legal.filter((event): event is Of<T> => event.type === type);
}

/** What lies on the table now (talks or session), for the responder to read. */
export function offerOnTable(view: GameView): Offer | null {
  return view.phase === 'session' ? (view.session?.offer ?? null) : view.talks.offer;
}

export function renderOffer(model: ActionBarModel, callbacks: ActionCallbacks): HTMLElement | null {
  const offer = offerOnTable(model.view);
  if (!offer) return null;
  const { compiled } = model;
  const row = (label: string, card: CardId, by: SeatId) =>
    el('li', {}, [
      el('span', { className: 'offer__label', text: `${label}: ` }),
      el('button', {
        className: 'link-button',
        text: cardTitle(compiled, card),
        attrs: { type: 'button', 'aria-label': `Read ${label.toLowerCase()}: ${cardTitle(compiled, card)}` },
        on: { click: () => callbacks.onSelectCard(card) },
      }),
      el('span', { className: 'offer__by', text: ` (${seatName(compiled, by)})` }),
    ]);
  return el('section', { className: 'offer', attrs: { 'aria-label': 'On the table' } }, [
    el('h3', {
      className: 'panel-subtitle',
      text: offer.countered ? 'On the table (countered)' : 'On the table',
    }),
    el('ul', { className: 'offer__list' }, [
      row('Proposal', offer.proposal, offer.lead),
      offer.concession && row('Concession', offer.concession.card, offer.concession.by),
      offer.demand && row('Demand', offer.demand.card, offer.demand.by),
    ]),
  ]);
}

/** A sentence saying what the seat may do now, built from the kinds of legal events. */
export function promptFor(legal: readonly GameEvent[]): string {
  const types = new Set(legal.map((event) => event.type));
  if (types.has('COUNTER')) return 'An offer is on the table: accept it, reject it, or counter with a card.';
  if (types.has('ACCEPT')) return 'Accept or reject the offer on the table.';
  const leads = ['PROPOSE', 'PLAY_STATEMENT', 'PLAY_GESTURE'].filter((t) =>
    types.has(t as GameEvent['type']),
  );
  if (leads.length > 0) return 'Choose a card from your hand to play, or pass.';
  if (types.has('PASS')) return 'No card can be played now: pass.';
  return '';
}

export function renderGeneralMoves(legal: readonly GameEvent[], callbacks: ActionCallbacks): HTMLElement {
  const button = (event: GameEvent, label: string, variant: string) =>
    el('button', {
      className: `button ${variant}`,
      text: label,
      attrs: { type: 'button' },
      on: { click: () => callbacks.onAction(event) },
    });
  const accept = ofType(legal, 'ACCEPT')[0];
  const reject = ofType(legal, 'REJECT')[0];
  const pass = ofType(legal, 'PASS').find((event) => event.discard === undefined);
  return el('div', { className: 'moves', attrs: { role: 'group', 'aria-label': 'Moves' } }, [
    accept && button(accept, 'Accept', 'button--primary'),
    reject && button(reject, 'Reject', 'button--danger'),
    pass && button(pass, 'Pass', legal.length === 1 ? 'button--primary' : 'button--quiet'),
  ]);
}

/** What the selected card can do now, or why it cannot be played at this moment. */
export function renderCardMoves(model: ActionBarModel, callbacks: ActionCallbacks): HTMLElement | null {
  const { compiled, legal, selectedCard, seat } = model;
  const card = selectedCard ? compiled.cards.get(selectedCard) : undefined;
  if (!card || !selectedCard || card.owner !== seat) return null;
  const proposals = ofType(legal, 'PROPOSE').filter((e) => e.proposal === selectedCard);
  const single = (type: 'PLAY_STATEMENT' | 'PLAY_GESTURE' | 'COUNTER', label: string) => {
    const event = ofType(legal, type).find((e) => e.card === selectedCard);
    return (
      event &&
      el('button', {
        className: 'button button--primary',
        text: label,
        attrs: { type: 'button' },
        on: { click: () => callbacks.onAction(event) },
      })
    );
  };
  // Passing may set one card aside, so a hand of cards that cannot be played refills next round.
  const setAside = ofType(legal, 'PASS').find((event) => event.discard === selectedCard);
  const plays = [
    proposals.length > 0 && renderProposeForm(compiled, proposals, callbacks.onAction),
    single('PLAY_STATEMENT', 'Make statement'),
    single('PLAY_GESTURE', 'Make gesture'),
    single('COUNTER', 'Counter with this card'),
  ].filter((node): node is HTMLElement => Boolean(node));
  const aside =
    setAside &&
    el('button', {
      className: 'button button--quiet',
      text: 'Pass and set this card aside',
      attrs: { type: 'button' },
      on: { click: () => callbacks.onAction(setAside) },
    });
  const unplayable =
    plays.length === 0 &&
    el('p', {
      className: 'card-moves card-moves--none',
      text: `This ${KIND_LABELS[card.kind].toLowerCase()} cannot be played at this moment.`,
    });
  if (unplayable && !aside) return unplayable;
  return el(
    'div',
    { className: 'card-moves', attrs: { role: 'group', 'aria-label': `Play ${card.title}` } },
    [unplayable, ...plays, aside],
  );
}

/** The cards in hand that some legal event uses: the hand list marks them playable. */
export function playableCards(legal: readonly GameEvent[]): Set<CardId> {
  const cards = new Set<CardId>();
  for (const event of legal) {
    if (event.type === 'PROPOSE') cards.add(event.proposal);
    else if ('card' in event) cards.add(event.card);
  }
  return cards;
}
