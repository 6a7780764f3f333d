/** The viewer's own hidden objective; the other delegation's stays hidden until the game ends. */
import type { CompiledScenario, GameView } from '../engine/types';
import { dateLabel } from '../scenario/dates';
import { el } from './dom';

export function renderObjective(compiled: CompiledScenario, view: GameView): HTMLElement {
  const seat = view.viewer;
  const id = seat ? view.seats[seat]?.objective : null;
  const objective = id ? compiled.objectives.get(id) : undefined;
  if (!objective || !id) {
    return el('p', { className: 'muted', text: 'Objectives are secret: each delegation sees only its own.' });
  }
  const met = (view.objectivesMet[id] ?? 0) > 0;
  const terms = [
    `${objective.points} points`,
    objective.deadline ? `before ${dateLabel(objective.deadline)}` : null,
    objective.atEnd ? 'must hold at the end' : null,
  ].filter(Boolean);
  return el('div', { className: `objective${met ? ' is-met' : ''}` }, [
    el('p', { className: 'objective__title' }, [
      el('strong', { text: objective.title }),
      met ? el('span', { className: 'badge badge--good', text: 'Met' }) : null,
    ]),
    el('p', { className: 'objective__text', text: objective.text }),
    el('p', { className: 'objective__terms muted', text: terms.join(' · ') }),
  ]);
}
