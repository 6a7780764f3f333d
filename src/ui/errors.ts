/** Errors shown so a person can act on them: located scenario problems, and a panel for the unexpected. */
import { el } from './dom';

/**
 * Scenario problems as a focusable list of `file:line:column: message` lines, so a designer can
 * read them with the keyboard and go straight to the line.
 */
export function renderProblemList(title: string, problems: readonly string[]): HTMLElement {
  const list = el(
    'ul',
    {
      className: 'problems__list',
      attrs: { tabindex: 0, 'aria-label': `${title}: ${problems.length} problems` },
    },
    problems.map((problem) => el('li', {}, [el('code', { text: problem })])),
  );
  return el('section', { className: 'problems', attrs: { role: 'alert', 'data-testid': 'problems' } }, [
    el('h3', { className: 'problems__title', text: title }),
    list,
  ]);
}

/** A plain message box (fetch failures, refused saves); `tone` picks the colour. */
export function renderNotice(
  title: string,
  lines: readonly string[],
  tone: 'error' | 'info' = 'error',
): HTMLElement {
  return el(
    'div',
    { className: `notice notice--${tone}`, attrs: { role: tone === 'error' ? 'alert' : 'status' } },
    [el('p', { className: 'notice__title', text: title }), ...lines.map((line) => el('p', { text: line }))],
  );
}

/** The page never goes blank: an unexpected exception becomes this panel with a way back. */
export function renderErrorPanel(error: unknown, onBack: () => void): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && error.stack ? error.stack : '';
  const back = el('button', {
    className: 'button button--primary',
    text: 'Back to start',
    attrs: { type: 'button' },
    on: { click: onBack },
  });
  const panel = el('main', { className: 'error-panel', attrs: { 'aria-labelledby': 'error-title' } }, [
    el('div', { className: 'error-panel__card' }, [
      el('h1', { text: 'Something went wrong', attrs: { id: 'error-title', tabindex: -1 } }),
      el('p', {
        text: 'The game hit an unexpected problem. Your last move was saved automatically, so you can resume from the start screen.',
      }),
      el('p', { className: 'error-panel__message' }, [el('code', { text: message })]),
      stack
        ? el('details', {}, [el('summary', { text: 'Technical details' }), el('pre', { text: stack })])
        : null,
      back,
    ]),
  ]);
  return panel;
}
