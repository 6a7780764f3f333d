import type { GameState, SessionState, TalksState } from '../types';

/** Where offers are made now: the talks, or the commission session while one sits. */
export function currentTable(state: GameState): TalksState | SessionState {
  return state.phase === 'session' && state.session ? state.session : state.talks;
}
