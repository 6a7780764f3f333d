import { el } from './dom';

/**
 * The polite live region: every move and every change of turn is read out by screen readers,
 * without interrupting what they are reading.
 */
export class Announcer {
  readonly element = el('div', {
    className: 'visually-hidden',
    attrs: { 'aria-live': 'polite', 'aria-atomic': 'false', 'data-testid': 'announcer' },
  });

  announce(lines: readonly string[]): void {
    if (lines.length === 0) return;
    // A fresh paragraph per announcement: live regions read additions, and old lines are pruned.
    for (const line of lines) this.element.append(el('p', { text: line }));
    while (this.element.childElementCount > 12) this.element.firstElementChild?.remove();
  }

  clear(): void {
    this.element.replaceChildren();
  }
}
