import { applyEffect } from '../effects';
import { otherSeat } from '../seats';
import type { CompiledScenario, GameState } from '../types';
import { record } from './log';
import { leadForExchange } from './round';

/** A session sits in a round whose talks left the commission track at "session convened". */
export function isSessionConvened(state: GameState, compiled: CompiledScenario): boolean {
  return state.commission >= compiled.commissionTop && state.treaty !== 'collapsed';
}

/** Opens the session; the side that would lead the next exchange tables the first agenda item. */
export function openSession(state: GameState, compiled: CompiledScenario): void {
  const tabler = leadForExchange(compiled, state.exchangesLed);
  state.phase = 'session';
  state.session = { item: 0, tabler, offer: null, awaiting: tabler, agreed: 0 };
  record(state, { kind: 'session-opened' });
}

/** After each agenda item the other side tables; after the last, the session closes. */
export function closeAgendaItem(state: GameState, compiled: CompiledScenario, agreed: boolean): void {
  const session = state.session;
  if (!session) return;
  if (agreed) session.agreed += 1;
  session.item += 1;
  session.tabler = otherSeat(compiled, session.tabler);
  session.awaiting = session.tabler;
  if (session.item >= compiled.scenario.commission.agendaItems) closeSession(state, compiled);
}

/** A joint statement if anything was agreed, else a failed session; the track returns to 0. */
export function closeSession(state: GameState, compiled: CompiledScenario): void {
  const agreed = state.session?.agreed ?? 0;
  const { jointStatement, sessionFailed } = compiled.scenario.rules;
  applyEffect(state, compiled, agreed > 0 ? jointStatement : sessionFailed);
  record(state, { kind: 'session-closed', agreed });
  state.commission = 0;
  state.sessionsHeld += 1;
  state.session = null;
  state.phase = 'talks';
}
