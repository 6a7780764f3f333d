/**
 * The hand-over screen between two human seats on one device. It covers everything, and behind it
 * the panels show only the spectator view, so no private card is on the page at all.
 */
import { el, seatColour } from './dom';

export interface HandoverRequest {
  to: string;
  from: string | null;
  colour: string | undefined;
  onConfirm(): void;
}

export function renderHandover(request: HandoverRequest): HTMLElement {
  const button = el('button', {
    className: 'button button--primary button--large',
    text: `I am the ${request.to}: show my hand`,
    attrs: { type: 'button' },
    on: { click: () => request.onConfirm() },
  });
  const hidden = request.from
    ? `The ${request.from}'s cards and objective are hidden.`
    : 'Each delegation sees only its own cards and objective.';
  const screen = el(
    'div',
    {
      className: 'handover',
      attrs: {
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'handover-title',
        'data-testid': 'handover',
      },
    },
    [
      el('div', { className: 'handover__card' }, [
        el('span', { className: 'handover__dot', attrs: { 'aria-hidden': 'true' } }),
        el('h1', { text: `Pass the device to the ${request.to}`, attrs: { id: 'handover-title' } }),
        el('p', { text: `${hidden} When the ${request.to} is at the device, press the button.` }),
        button,
      ]),
    ],
  );
  seatColour(screen, request.colour);
  queueMicrotask(() => button.focus());
  return screen;
}
