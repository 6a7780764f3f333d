/** The scenario's glossary in a modal dialog, with a filter for long lists. */
import type { Scenario } from '../scenario/schema';
import { el } from './dom';

export interface Glossary {
  button: HTMLButtonElement;
  dialog: HTMLDialogElement;
}

export function createGlossary(scenario: Scenario): Glossary {
  const list = el('dl', { className: 'glossary__list' });
  const entries = scenario.glossary.map((entry) => {
    const term = el('dt', { text: entry.term });
    const definition = el('dd', { text: entry.definition });
    list.append(term, definition);
    return { entry, term, definition };
  });
  const filter = el('input', {
    attrs: { type: 'search', id: 'glossary-filter', autocomplete: 'off', placeholder: 'e.g. BCC' },
  });
  filter.addEventListener('input', () => {
    const query = filter.value.trim().toLowerCase();
    for (const { entry, term, definition } of entries) {
      const match = !query || `${entry.term} ${entry.definition}`.toLowerCase().includes(query);
      term.hidden = !match;
      definition.hidden = !match;
    }
  });
  const dialog = el(
    'dialog',
    { className: 'dialog glossary', attrs: { 'aria-labelledby': 'glossary-title' } },
    [
      el('div', { className: 'dialog__head' }, [
        el('h2', { text: 'Glossary', attrs: { id: 'glossary-title' } }),
        el('button', {
          className: 'button button--quiet',
          text: 'Close',
          attrs: { type: 'button' },
          on: { click: () => dialog.close() },
        }),
      ]),
      el('div', { className: 'field' }, [
        el('label', { text: 'Find a term', attrs: { for: 'glossary-filter' } }),
        filter,
      ]),
      entries.length > 0 ? list : el('p', { text: 'This scenario has no glossary.' }),
    ],
  );
  const button = el('button', {
    className: 'button button--quiet',
    text: 'Glossary',
    attrs: { type: 'button', 'aria-haspopup': 'dialog' },
    on: { click: () => dialog.showModal() },
  });
  return { button, dialog };
}
