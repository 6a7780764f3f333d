/** The full card: what it says, who says it and where that comes from. */
import type { CompiledScenario } from '../engine/types';
import { dateLabel } from '../scenario/dates';
import type { Card } from '../scenario/schema';
import { el, externalLink, seatColour } from './dom';
import { KIND_LABELS, seatShortName } from './labels';

export function renderCardDetail(compiled: CompiledScenario, card: Card | undefined): HTMLElement {
  if (!card) {
    return el('div', { className: 'card-detail card-detail--empty' }, [
      el('p', { text: 'Select a card to read it in full: its text, who says it, and the source.' }),
    ]);
  }
  const owner = compiled.scenario.delegations.find((d) => d.id === card.owner);
  const article = el(
    'article',
    { className: `card-detail kind-${card.kind}`, attrs: { 'aria-label': card.title } },
    [
      el('p', { className: 'card-detail__kind' }, [
        el('span', { className: 'seat-dot', attrs: { 'aria-hidden': 'true' } }),
        `${KIND_LABELS[card.kind]} · ${seatShortName(compiled, card.owner)}`,
      ]),
      el('h3', { className: 'card-detail__title', text: card.title }),
      el('p', { className: 'card-detail__costs', text: costLine(card) }),
      el('p', { className: 'card-detail__text', text: card.text }),
      el('p', { className: 'card-detail__attribution', text: `— ${card.attribution}` }),
      renderSource(card.source),
    ],
  );
  return seatColour(article, owner?.colour);
}

function costLine(card: Card): string {
  const parts = [`Cost ${card.cost} capital`];
  if (card.kind === 'demand' && card.acceptCost > 0)
    parts.push(`accepting it costs the other side ${card.acceptCost}`);
  if (card.sessionOnly) parts.push('commission session only');
  return parts.join(' · ');
}

export function renderSource(source: Card['source']): HTMLElement {
  const meta = [source.publisher, source.date ? dateLabel(source.date) : null].filter(Boolean).join(', ');
  return el('p', { className: 'source' }, [
    el('span', { className: 'source__label', text: 'Source: ' }),
    externalLink(source.url, source.title),
    ` (${meta})`,
  ]);
}
