/** The header line: scenario, round and date, phase, and whose move it is. */
import { roundLabel } from '../engine/calendar';
import type { CompiledScenario, GameView, SeatController, SeatId } from '../engine/types';
import { el, seatColour } from './dom';
import { delegation, PHASE_LABELS, seatShortName } from './labels';

export interface TurnModel {
  compiled: CompiledScenario;
  view: GameView;
  awaiting: SeatId | null;
  thinking: SeatId | null;
  seats: Record<SeatId, SeatController>;
}

export function renderRound(model: TurnModel): HTMLElement {
  const { compiled, view } = model;
  const round = `${roundLabel(compiled, view.round)} · round ${view.round} of ${compiled.totalRounds}`;
  return el('p', { className: 'turn__round' }, [
    el('strong', { text: round }),
    el('span', { className: 'turn__phase', text: phaseText(compiled, view) }),
  ]);
}

function phaseText(compiled: CompiledScenario, view: GameView): string {
  const { scenario } = compiled;
  if (view.phase === 'talks') {
    return `${PHASE_LABELS.talks}, exchange ${Math.min(view.talks.exchange + 1, scenario.rules.exchangesPerRound)} of ${scenario.rules.exchangesPerRound}`;
  }
  if (view.phase === 'session' && view.session) {
    const venue = scenario.commission.venue ? ` in ${scenario.commission.venue}` : '';
    return `${scenario.commission.shortName} session${venue}, agenda item ${view.session.item + 1} of ${scenario.commission.agendaItems}`;
  }
  return PHASE_LABELS[view.phase];
}

/** "United States delegation to move" or "Russian delegation is thinking…". */
export function turnText(model: TurnModel): string {
  const { compiled, awaiting, thinking } = model;
  if (awaiting === null) return 'The game is over';
  if (thinking === awaiting) return `${seatShortName(compiled, awaiting)} is thinking…`;
  return `${seatShortName(compiled, awaiting)} to move`;
}

export function renderTurnChip(model: TurnModel): HTMLElement {
  const chip = el(
    'p',
    { className: `turn__chip${model.thinking ? ' is-thinking' : ''}`, attrs: { 'data-testid': 'turn' } },
    [el('span', { className: 'seat-dot', attrs: { 'aria-hidden': 'true' } }), turnText(model)],
  );
  return seatColour(chip, delegation(model.compiled, model.awaiting)?.colour);
}
