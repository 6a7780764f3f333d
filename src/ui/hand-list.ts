/**
 * The hand as a list of radio buttons: the keyboard and screen-reader way to pick a card (the
 * canvas shows the same hand for the eye). Arrow keys move through the cards.
 */
import type { CardId, CompiledScenario } from '../engine/types';
import { el, uid } from './dom';
import { KIND_LABELS, plural } from './labels';

export interface HandModel {
  compiled: CompiledScenario;
  hand: readonly CardId[] | null;
  playable: ReadonlySet<CardId>;
  selectedCard: CardId | null;
  /** When false the hand is shown but it is not this seat's move. */
  toMove: boolean;
}

export function renderHand(model: HandModel, onSelect: (card: CardId) => void): HTMLElement {
  const { compiled, hand } = model;
  if (!hand) return el('p', { className: 'muted', text: 'Hands are hidden.' });
  const name = uid('hand');
  const items = hand.map((cardId) => {
    const card = compiled.cards.get(cardId);
    const id = uid('card');
    const playable = model.toMove && model.playable.has(cardId);
    const input = el('input', {
      attrs: { type: 'radio', name, id, value: cardId, checked: cardId === model.selectedCard },
      on: { change: () => onSelect(cardId) },
    });
    const meta = `${card ? KIND_LABELS[card.kind] : ''} · cost ${card?.cost ?? 0}`;
    return el('li', { className: `hand__item${playable ? ' is-playable' : ''}` }, [
      input,
      el('label', { attrs: { for: id }, className: `hand__card kind-${card?.kind ?? 'proposal'}` }, [
        el('span', { className: 'hand__title', text: card?.title ?? cardId }),
        el('span', { className: 'hand__meta', text: meta }),
        playable ? el('span', { className: 'visually-hidden', text: ', playable now' }) : null,
      ]),
    ]);
  });
  return el('fieldset', { className: 'hand' }, [
    el('legend', { className: 'panel-subtitle', text: `Your hand (${plural(hand.length, 'card')})` }),
    hand.length === 0
      ? el('p', { className: 'muted', text: 'No cards in hand.' })
      : el('ul', { className: 'hand__list' }, items),
  ]);
}
