/**
 * Proposing a card: optional concession and demand, chosen only among the combinations the engine
 * listed as legal PROPOSE events (the form never works out what is allowed by itself).
 */
import type { CardId, CompiledScenario, GameEvent } from '../engine/types';
import { el, uid } from './dom';
import { cardTitle } from './labels';

type ProposeEvent = Extract<GameEvent, { type: 'PROPOSE' }>;

const NONE = '';

export function renderProposeForm(
  compiled: CompiledScenario,
  options: readonly ProposeEvent[],
  onPropose: (event: GameEvent) => void,
): HTMLElement {
  const concession = attachmentSelect('Concession', 'No concession');
  const demand = attachmentSelect('Demand', 'No demand');

  const chosen = (): ProposeEvent | undefined =>
    options.find(
      (event) =>
        (event.concession ?? NONE) === concession.select.value &&
        (event.demand ?? NONE) === demand.select.value,
    );

  const refreshDemands = () => {
    const demands = options
      .filter((e) => (e.concession ?? NONE) === concession.select.value)
      .map((e) => e.demand);
    fillOptions(compiled, demand.select, demands, 'No demand');
  };

  fillOptions(
    compiled,
    concession.select,
    options.map((e) => e.concession),
    'No concession',
  );
  refreshDemands();
  concession.select.addEventListener('change', refreshDemands);

  const form = el('form', { className: 'propose', attrs: { 'aria-label': 'Propose' } }, [
    concession.field,
    demand.field,
    el('button', { className: 'button button--primary', text: 'Propose', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (submit) => {
    submit.preventDefault();
    const event = chosen();
    if (event) onPropose(event);
  });
  // With no attachment available at all, the selects would only say "none": hide them.
  if (concession.select.options.length <= 1) concession.field.hidden = true;
  if (options.every((e) => !e.demand)) demand.field.hidden = true;
  return form;
}

function attachmentSelect(label: string, none: string) {
  const id = uid('attach');
  const select = el('select', { attrs: { id } });
  select.append(el('option', { text: none, attrs: { value: NONE } }));
  const field = el('div', { className: 'field field--inline' }, [
    el('label', { text: label, attrs: { for: id } }),
    select,
  ]);
  return { field, select };
}

function fillOptions(
  compiled: CompiledScenario,
  select: HTMLSelectElement,
  ids: readonly (CardId | undefined)[],
  none: string,
): void {
  const previous = select.value;
  const distinct = [...new Set(ids.map((id) => id ?? NONE))];
  select.replaceChildren(
    ...distinct.map((id) =>
      el('option', { text: id === NONE ? none : optionLabel(compiled, id), attrs: { value: id } }),
    ),
  );
  select.value = distinct.includes(previous) ? previous : (distinct[0] ?? NONE);
}

function optionLabel(compiled: CompiledScenario, id: CardId): string {
  const cost = compiled.cards.get(id)?.cost ?? 0;
  return `${cardTitle(compiled, id)} (cost ${cost})`;
}
