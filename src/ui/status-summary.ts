/**
 * The table's public state as text: the screen-reader equivalent of the board, and a compact strip
 * of cells for everyone. Reads only the view.
 */
import type { CompiledScenario, GameView } from '../engine/types';
import { el, seatColour } from './dom';
import { TREATY_LABELS } from './labels';

interface Cell {
  term: string;
  value: string;
  /** Said to screen readers after the value; the pips show it to the eye. */
  extra?: string;
  /** Level on a track, drawn as pips (decorative; the text says the same). */
  meter?: { level: number; max: number };
  className?: string;
  colour?: string;
}

export function statusCells(compiled: CompiledScenario, view: GameView): Cell[] {
  const { scenario } = compiled;
  const label = (labels: readonly { label: string }[], level: number) =>
    labels[level]?.label ?? String(level);
  return [
    {
      term: 'Tension',
      value: `${view.tension} of ${scenario.rules.tensionMax}`,
      meter: { level: view.tension, max: scenario.rules.tensionMax },
      className: view.tension >= scenario.rules.highTension ? 'status__item--alarm' : '',
    },
    { term: 'Treaty', value: TREATY_LABELS[view.treaty] },
    {
      term: scenario.commission.shortName,
      value: label(scenario.commission.levels, view.commission),
      extra: `, level ${view.commission} of ${compiled.commissionTop}`,
      meter: { level: view.commission, max: compiled.commissionTop },
    },
    ...scenario.issues.map((issue) => {
      const level = view.issues[issue.id] ?? 0;
      const max = issue.levels.length - 1;
      return {
        term: issue.name,
        value: label(issue.levels, level),
        extra: `, level ${level} of ${max}`,
        meter: { level, max },
      };
    }),
    ...scenario.delegations.map((d) => {
      const seat = view.seats[d.id];
      return {
        term: d.shortName,
        value: seat ? `Capital ${seat.capital} · pressure ${seat.pressure}` : '',
        extra: seat ? `, ${seat.handSize} cards in hand` : '',
        className: 'status__item--seat',
        colour: d.colour,
      };
    }),
  ];
}

export function renderStatus(compiled: CompiledScenario, view: GameView): HTMLElement {
  return el(
    'dl',
    { className: 'status', attrs: { 'aria-label': 'Table status', 'data-testid': 'status' } },
    statusCells(compiled, view).map(renderCell),
  );
}

function renderCell(cell: Cell): HTMLElement {
  const item = el('div', { className: `status__item ${cell.className ?? ''}` }, [
    el('dt', { text: cell.term }),
    el('dd', { attrs: { title: `${cell.value}${cell.extra ?? ''}` } }, [
      el('span', { className: 'status__value', text: cell.value }),
      cell.extra ? el('span', { className: 'visually-hidden', text: cell.extra }) : null,
      cell.meter ? renderMeter(cell.meter.level, cell.meter.max) : null,
    ]),
  ]);
  return seatColour(item, cell.colour);
}

function renderMeter(level: number, max: number): HTMLElement {
  const pips = Array.from({ length: max }, (_, i) =>
    el('span', { className: i < level ? 'pip is-on' : 'pip' }),
  );
  return el('span', { className: 'meter', attrs: { 'aria-hidden': 'true' } }, pips);
}
