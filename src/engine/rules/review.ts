import { roundMonth } from '../calendar';
import { changePressure } from '../effects';
import type { CompiledScenario, EndReason, GameState } from '../types';
import { resolveDatedEvents } from './events';
import { record } from './log';
import { checkObjectives } from './objectives';
import { scoreGame } from './scoring';
import { changeTreaty } from './treaty';

/**
 * Step 5: late events, the domestic cost of concessions and of high tension, the tension limit
 * (suspension, then collapse), objectives, and the round's record for the debrief.
 */
export function review(state: GameState, compiled: CompiledScenario): void {
  settleRound(state, compiled);
  recordRound(state, compiled);
}

/**
 * The review without the round's record: everything that changes the game. The AI's look-ahead
 * runs this on its scratch copies; the record is for the debrief only.
 */
export function settleRound(state: GameState, compiled: CompiledScenario): void {
  const { rules } = compiled.scenario;
  resolveDatedEvents(state, compiled, 'end');
  for (const seat of compiled.seats) {
    const s = state.seats[seat];
    if (s?.conceded) changePressure(state, compiled, seat, rules.concessionPressure);
    if (s) s.conceded = false;
  }
  if (state.tension >= rules.highTension)
    for (const seat of compiled.seats) changePressure(state, compiled, seat, 1);
  if (state.tension >= rules.tensionMax) breakingPoint(state, compiled);
  checkObjectives(state, compiled);
}

/** Tension at its maximum suspends an in-force treaty, or collapses a suspended one. */
function breakingPoint(state: GameState, compiled: CompiledScenario): void {
  if (state.treaty === 'in-force') {
    changeTreaty(state, compiled, 'suspend');
    state.tension = compiled.scenario.rules.tensionAfterSuspension;
  } else {
    changeTreaty(state, compiled, 'collapse');
  }
}

/** Appends the round's record, frozen like log entries: it never changes, and Immer skips frozen values. */
function recordRound(state: GameState, compiled: CompiledScenario): void {
  const perSeat = (gauge: 'capital' | 'pressure') =>
    Object.freeze(Object.fromEntries(compiled.seats.map((seat) => [seat, state.seats[seat]?.[gauge] ?? 0])));
  state.timeline.push(
    Object.freeze({
      round: state.round,
      month: roundMonth(compiled, state.round),
      tension: state.tension,
      treaty: state.treaty,
      commission: state.commission,
      issues: Object.freeze(
        Object.fromEntries(compiled.scenario.issues.map((i) => [i.id, state.issues[i.id] ?? 0])),
      ),
      capital: perSeat('capital'),
      pressure: perSeat('pressure'),
    }),
  );
}

export function isLastRoundDone(state: GameState, compiled: CompiledScenario): boolean {
  return state.round >= compiled.totalRounds;
}

/** Step 6: the game ends at expiry or at once on collapse; scores are fixed here. */
export function endGame(state: GameState, compiled: CompiledScenario, reason: EndReason): void {
  if (state.result) return;
  if (reason === 'collapse' && state.timeline.at(-1)?.round !== state.round) recordRound(state, compiled);
  state.phase = 'ended';
  state.talks = { ...state.talks, offer: null };
  state.session = null;
  record(state, { kind: 'game-ended', reason });
  state.result = { reason, round: state.round, scores: scoreGame(compiled, state) };
}
