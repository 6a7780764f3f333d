/**
 * The debrief: result, scores, both objectives, history beside the end state, what each side did,
 * and the charts. Built from the final state: at the end nothing is hidden any more.
 */
import { roundLabel, roundMonth } from '../engine/calendar';
import type { CompiledScenario, GameState, SeatController } from '../engine/types';
import { monthLabel } from '../scenario/dates';
import { el, seatColour } from './dom';
import { renderHistoryCompare } from './history-compare';
import { controllerLabel, TREATY_LABELS } from './labels';
import { renderScoreTable } from './score-table';
import { renderSideTimeline } from './side-timeline';
import { renderChart, type Series } from './timeline-chart';

export interface EndCallbacks {
  onPlayAgain(): void;
  onDownloadLog(): void;
  onDownloadSave(): void;
  onBackToStart(): void;
}

export function renderEndScreen(
  compiled: CompiledScenario,
  state: GameState,
  seats: Record<string, SeatController>,
  callbacks: EndCallbacks,
): HTMLElement {
  const result = state.result;
  const round = result?.round ?? state.round;
  const endMonth = roundMonth(compiled, round) + compiled.scenario.calendar.monthsPerRound - 1;
  const section = (id: string, title: string, body: HTMLElement) =>
    el('section', { className: 'debrief__section', attrs: { 'aria-labelledby': id } }, [
      el('h2', { text: title, attrs: { id } }),
      body,
    ]);
  return el('main', { className: 'debrief', attrs: { 'aria-labelledby': 'debrief-title' } }, [
    el('header', { className: 'debrief__head' }, [
      el('div', {}, [
        el('p', { className: 'debrief__eyebrow', text: `${compiled.scenario.title} · seed ${state.seed}` }),
        el('h1', { text: headline(compiled, state), attrs: { id: 'debrief-title', tabindex: -1 } }),
        el('p', { className: 'debrief__verdict', text: verdict(compiled, state, seats) }),
      ]),
      el('div', { className: 'debrief__actions' }, [
        button('Play again', 'button--primary', callbacks.onPlayAgain),
        button('Download the log', 'button--quiet', callbacks.onDownloadLog),
        button('Download save', 'button--quiet', callbacks.onDownloadSave),
        button('Back to start', 'button--quiet', callbacks.onBackToStart),
      ]),
    ]),
    el('div', { className: 'debrief__grid' }, [
      section(
        'scores-title',
        'Scores',
        result ? renderScoreTable(compiled, result.scores) : el('p', { text: 'No scores.' }),
      ),
      section('objectives-title', 'Objectives revealed', renderObjectives(compiled, state)),
      section(
        'history-title',
        `Beside history (to ${monthLabel(endMonth)})`,
        renderHistoryCompare(compiled, state, endMonth),
      ),
      section('charts-title', 'Over the rounds', renderCharts(compiled, state)),
    ]),
    section('sides-title', 'What each side did', renderSideTimeline(compiled, state.log)),
  ]);
}

function button(text: string, variant: string, onClick: () => void): HTMLButtonElement {
  return el('button', {
    className: `button ${variant}`,
    text,
    attrs: { type: 'button' },
    on: { click: onClick },
  });
}

function headline(compiled: CompiledScenario, state: GameState): string {
  const when = roundLabel(compiled, state.result?.round ?? state.round);
  if (state.result?.reason === 'collapse') return `The treaty collapsed in ${when}`;
  return `Talks over in ${when}: the treaty is ${TREATY_LABELS[state.treaty].toLowerCase()}`;
}

function verdict(
  compiled: CompiledScenario,
  state: GameState,
  seats: Record<string, SeatController>,
): string {
  const scores = state.result?.scores ?? {};
  const met = compiled.scenario.delegations.filter((d) => scores[d.id]?.metMandate);
  const who = (names: string[]) => names.join(' and ');
  const players = compiled.scenario.delegations
    .map((d) => `${d.shortName}: ${controllerLabel(seats[d.id])}`)
    .join(', ');
  const outcome =
    met.length === 2
      ? 'Both delegations met their mandates.'
      : met.length === 1
        ? `${who(met.map((d) => d.name))} met its mandate.`
        : 'Neither delegation met its mandate.';
  return `${outcome} (${players})`;
}

function renderObjectives(compiled: CompiledScenario, state: GameState): HTMLElement {
  return el(
    'ul',
    { className: 'objectives' },
    compiled.scenario.delegations.map((d) => {
      const objective = compiled.objectives.get(state.seats[d.id]?.objective ?? '');
      const met = state.result?.scores[d.id]?.objectiveMet ?? false;
      const item = el('li', { className: 'objectives__item' }, [
        el('p', { className: 'objectives__who' }, [
          el('span', { className: 'seat-dot', attrs: { 'aria-hidden': 'true' } }),
          d.name,
        ]),
        el('p', {}, [
          el('strong', { text: objective?.title ?? 'No objective' }),
          ' ',
          el('span', {
            className: `badge ${met ? 'badge--good' : 'badge--muted'}`,
            text: met ? 'Met' : 'Not met',
          }),
        ]),
        objective ? el('p', { className: 'small', text: objective.text }) : null,
      ]);
      return seatColour(item, d.colour);
    }),
  );
}

function renderCharts(compiled: CompiledScenario, state: GameState): HTMLElement {
  const { scenario } = compiled;
  const labels = state.timeline.map((r) => monthLabel(r.month));
  const series: Series[] = [
    {
      title: 'Tension',
      values: state.timeline.map((r) => r.tension),
      labels,
      min: 0,
      max: scenario.rules.tensionMax,
    },
    {
      title: scenario.commission.name,
      values: state.timeline.map((r) => r.commission),
      labels,
      min: 0,
      max: compiled.commissionTop,
      levelNames: scenario.commission.levels.map((l) => l.label),
    },
    ...scenario.issues.map((issue) => ({
      title: issue.name,
      values: state.timeline.map((r) => r.issues[issue.id] ?? 0),
      labels,
      min: 0,
      max: issue.levels.length - 1,
      levelNames: issue.levels.map((l) => l.label),
    })),
  ];
  if (state.timeline.length === 0) return el('p', { className: 'muted', text: 'No round was completed.' });
  return el('div', { className: 'charts' }, series.map(renderChart));
}
