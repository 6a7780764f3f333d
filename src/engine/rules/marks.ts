import type { GameState } from '../types';

type MarkKind = 'fired' | 'averted' | 'objectivesMet';
type Marks = Record<string, number>;

interface MadeMark {
  before: Marks;
  id: string;
  round: number;
  after: Marks;
}

/**
 * The marks of a game: events fired, events averted, objectives met, each with its round. A marks
 * object is never changed once made: a new mark replaces it with a copy. So the AI's look-ahead
 * copies share the marks of the state they copy, and one copy serves every state that adds the same
 * mark to the same marks: each decision settles hundreds of outcomes over the same round's events.
 * The last few marks made are remembered for that; a copy is made only when none of them fits.
 */
const RECENT = 16;
const recent: MadeMark[] = [];
let oldest = 0;

/** Marks an event as fired or averted, or an objective as met, in this round. */
export function markRound(state: GameState, kind: MarkKind, id: string): void {
  const before = state[kind];
  const round = state.round;
  for (const made of recent) {
    if (made.before === before && made.id === id && made.round === round) {
      state[kind] = made.after;
      return;
    }
  }
  // Object.assign and a plain store: twice as fast as a spread with a computed key on marks whose
  // keys come in a different order in every game.
  const after: Marks = Object.assign({}, before);
  after[id] = round;
  recent[oldest] = { before, id, round, after };
  oldest = (oldest + 1) % RECENT;
  state[kind] = after;
}
