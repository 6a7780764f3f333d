/** The final scores with their breakdown, one column per delegation. */
import type { CompiledScenario, SeatScore } from '../engine/types';
import { el, seatColour } from './dom';

const ROWS: readonly { label: string; value: (s: SeatScore) => string }[] = [
  { label: 'Issues', value: (s) => signed(s.issues) },
  { label: 'Objective', value: (s) => signed(s.objective) },
  { label: 'Treaty status', value: (s) => signed(s.treaty) },
  { label: 'Domestic pressure', value: (s) => signed(-Math.abs(s.pressure)) },
];

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

export function renderScoreTable(compiled: CompiledScenario, scores: Record<string, SeatScore>): HTMLElement {
  const delegations = compiled.scenario.delegations;
  const head = el('tr', {}, [
    el('td', {}),
    ...delegations.map((d) =>
      seatColour(
        el('th', { attrs: { scope: 'col' } }, [
          el('span', { className: 'seat-dot', attrs: { 'aria-hidden': 'true' } }),
          d.name,
        ]),
        d.colour,
      ),
    ),
  ]);
  const row = (label: string, cells: string[], className = '') =>
    el('tr', { className }, [
      el('th', { text: label, attrs: { scope: 'row' } }),
      ...cells.map((text) => el('td', { text })),
    ]);
  const score = (id: string) => scores[id];
  const body = [
    ...ROWS.map((r) =>
      row(
        r.label,
        delegations.map((d) => {
          const s = score(d.id);
          return s ? r.value(s) : '—';
        }),
      ),
    ),
    row(
      'Total',
      delegations.map((d) => String(score(d.id)?.total ?? '—')),
      'scores__total',
    ),
    row(
      'Mandate',
      delegations.map((d) => {
        const s = score(d.id);
        return s ? `${s.metMandate ? 'Met' : 'Not met'} (needs ${s.mandate})` : '—';
      }),
    ),
  ];
  return el('table', { className: 'scores', attrs: { 'data-testid': 'scores' } }, [
    el('caption', { className: 'visually-hidden', text: 'Final scores by delegation' }),
    el('thead', {}, [head]),
    el('tbody', {}, body),
  ]);
}
