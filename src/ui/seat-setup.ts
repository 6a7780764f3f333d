/** Who plays each delegation: a person at this device, or the AI at one of three strengths. */
import { AI_STRENGTHS, type SeatController, type SeatId } from '../engine/types';
import type { Scenario } from '../scenario/schema';
import { el, seatColour, uid } from './dom';

const CHOICES: readonly { value: string; label: string; controller: SeatController }[] = [
  { value: 'human', label: 'Human', controller: { kind: 'human' } },
  ...AI_STRENGTHS.map((strength) => ({
    value: strength,
    label: `AI · ${strength}`,
    controller: { kind: 'ai', strength } as SeatController,
  })),
];

function choiceValue(controller: SeatController | undefined): string {
  if (!controller || controller.kind === 'human') return 'human';
  return controller.kind === 'ai' ? controller.strength : 'standard';
}

export function renderSeatSetup(
  scenario: Scenario,
  seats: Record<SeatId, SeatController>,
  onChange: (seat: SeatId, controller: SeatController) => void,
): HTMLElement {
  const rows = scenario.delegations.map((d) => {
    const id = uid('seat');
    const select = el(
      'select',
      { attrs: { id } },
      CHOICES.map((choice) => el('option', { text: choice.label, attrs: { value: choice.value } })),
    );
    select.value = choiceValue(seats[d.id]);
    select.addEventListener('change', () => {
      const choice = CHOICES.find((c) => c.value === select.value);
      if (choice) onChange(d.id, choice.controller);
    });
    const row = el('div', { className: 'seat-row' }, [
      el('label', { attrs: { for: id } }, [
        el('span', { className: 'seat-dot', attrs: { 'aria-hidden': 'true' } }),
        el('span', { className: 'seat-row__name', text: d.name }),
        el('span', { className: 'seat-row__agency', text: d.agency }),
      ]),
      select,
    ]);
    return seatColour(row, d.colour);
  });
  return el('fieldset', { className: 'seats' }, [
    el('legend', { className: 'step-title', text: 'Seats' }),
    el('p', {
      className: 'muted small',
      text: 'Two humans play hot-seat on this device; a hand-over screen keeps each hand private.',
    }),
    ...rows,
  ]);
}

/** Fills in the seats a scenario has and the setup does not (default: first human, second AI). */
export function completeSeats(
  scenario: Scenario,
  seats: Record<SeatId, SeatController>,
): Record<SeatId, SeatController> {
  const complete: Record<SeatId, SeatController> = {};
  scenario.delegations.forEach((d, index) => {
    complete[d.id] = seats[d.id] ?? (index === 0 ? { kind: 'human' } : { kind: 'ai', strength: 'standard' });
  });
  return complete;
}
