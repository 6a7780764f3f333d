/** The end state beside what history had by the same date (the scenario's `history` points). */
import type { CompiledScenario, GameState } from '../engine/types';
import { dateLabel, monthIndex } from '../scenario/dates';
import type { HistoryPoint } from '../scenario/schema';
import { el } from './dom';
import { TREATY_LABELS } from './labels';

/** History points on or before a month index, oldest first. */
export function historyUpTo(points: readonly HistoryPoint[], month: number): HistoryPoint[] {
  return points
    .filter((p) => monthIndex(p.date) <= month)
    .sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
}

/** The latest value a history point gives for some field, up to the end date. */
function latest<T>(points: readonly HistoryPoint[], pick: (p: HistoryPoint) => T | undefined): T | undefined {
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i];
    const value = point ? pick(point) : undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

export function renderHistoryCompare(
  compiled: CompiledScenario,
  state: GameState,
  endMonth: number,
): HTMLElement {
  const { scenario } = compiled;
  const points = historyUpTo(scenario.history, endMonth);
  const levelLabel = (labels: readonly { label: string }[], level: number | undefined) =>
    level === undefined ? '—' : `${labels[level]?.label ?? level} (${level})`;
  const rows: [string, string, string][] = [
    ['Tension', String(state.tension), String(latest(points, (p) => p.tension) ?? '—')],
    [
      'Treaty',
      TREATY_LABELS[state.treaty],
      (() => {
        const t = latest(points, (p) => p.treaty);
        return t ? TREATY_LABELS[t] : '—';
      })(),
    ],
    [
      scenario.commission.shortName,
      levelLabel(scenario.commission.levels, state.commission),
      levelLabel(
        scenario.commission.levels,
        latest(points, (p) => p.commission),
      ),
    ],
    ...scenario.issues.map((issue): [string, string, string] => [
      issue.name,
      levelLabel(issue.levels, state.issues[issue.id]),
      levelLabel(
        issue.levels,
        latest(points, (p) => p.issues?.[issue.id]),
      ),
    ]),
  ];
  const table = el('table', { className: 'compare' }, [
    el('caption', { className: 'visually-hidden', text: 'Your game against history' }),
    el('thead', {}, [
      el('tr', {}, [
        el('td', {}),
        el('th', { text: 'Your game', attrs: { scope: 'col' } }),
        el('th', { text: 'History', attrs: { scope: 'col' } }),
      ]),
    ]),
    el(
      'tbody',
      {},
      rows.map(([label, game, history]) =>
        el('tr', {}, [
          el('th', { text: label, attrs: { scope: 'row' } }),
          el('td', { text: game }),
          el('td', { text: history }),
        ]),
      ),
    ),
  ]);
  const notes = el(
    'ol',
    { className: 'history__notes' },
    points.map((p) =>
      el('li', {}, [el('span', { className: 'history__date', text: dateLabel(p.date) }), ' ', p.note]),
    ),
  );
  return el('div', { className: 'history' }, [
    table,
    points.length > 0
      ? notes
      : el('p', { className: 'muted', text: 'The scenario records no history up to this date.' }),
  ]);
}
