/**
 * Plays one seeded game through the engine's facade, each seat choosing from its own view, and keeps
 * only what the balance report needs.
 */
import { createGame, type Game } from '../../engine/game';
import { seedRng } from '../../engine/rng';
import type {
  CompiledScenario,
  EndReason,
  GameEvent,
  IssueId,
  SeatId,
  TreatyStatus,
} from '../../engine/types';
import { chooseMove } from '../choose';
import { chooseRandom } from '../random-agent';
import type { SeatPlan } from './seat-plan';
import { moveSeed } from './seeds';

export interface SeatOutcome {
  total: number;
  metMandate: boolean;
  objectiveMet: boolean;
}

export interface GameRecord {
  seed: number;
  reason: EndReason;
  rounds: number;
  moves: number;
  treaty: TreatyStatus;
  /** Participation was suspended at some point of the game. */
  suspended: boolean;
  sessions: number;
  scores: Record<SeatId, SeatOutcome>;
  finalIssues: Record<IssueId, number>;
  /** Issue → bit mask of every level the issue stood at during the game. */
  reachedLevels: Record<IssueId, number>;
  fired: string[];
  averted: string[];
  cardsPlayed: Record<string, number>;
  /** Moves the engine refused (an AI bug if ever above zero). */
  refused: number;
}

// A game longer than this many moves is a bug (a loop), not a long negotiation.
const MAX_MOVES = 100_000;

export function playGame(compiled: CompiledScenario, seed: number, plan: SeatPlan): GameRecord {
  // The simulator reads each state only before the next move: no snapshots needed.
  const game = createGame(compiled, { seed, seats: controllersFor(plan), inPlace: true });
  const reached = levelMasks(game, {});
  let moves = 0;
  let refused = 0;
  for (let seat = game.awaiting(); seat !== null && moves < MAX_MOVES; seat = game.awaiting()) {
    const event = decide(game, seat, plan, moveSeed(seed, moves));
    if (!game.send(event).ok) refused += 1;
    moves += 1;
    levelMasks(game, reached);
  }
  return record(game, seed, moves, refused, reached);
}

function decide(game: Game, seat: SeatId, plan: SeatPlan, seed: number): GameEvent {
  const legal = game.legalActions(seat);
  // Every player takes the only move there is: no view to build, nothing to weigh.
  if (legal.length === 1) return legal[0] as GameEvent;
  const kind = plan[seat] ?? 'random';
  if (kind === 'random') return chooseRandom(legal, { rng: seedRng(seed) });
  return chooseMove({ compiled: game.compiled, view: game.view(seat), legal, seat, strength: kind, seed });
}

function controllersFor(plan: SeatPlan) {
  return Object.fromEntries(
    Object.entries(plan).map(([seat, kind]) => [
      seat,
      kind === 'random' ? { kind: 'random' as const } : { kind: 'ai' as const, strength: kind },
    ]),
  );
}

function levelMasks(game: Game, masks: Record<IssueId, number>): Record<IssueId, number> {
  const { issues } = game.state;
  for (const issue in issues) masks[issue] = (masks[issue] ?? 0) | (1 << (issues[issue] as number));
  return masks;
}

function record(
  game: Game,
  seed: number,
  moves: number,
  refused: number,
  reached: Record<IssueId, number>,
): GameRecord {
  const { state, compiled } = game;
  const scores: Record<SeatId, SeatOutcome> = {};
  for (const [seat, score] of Object.entries(state.result?.scores ?? {})) {
    scores[seat] = { total: score.total, metMandate: score.metMandate, objectiveMet: score.objectiveMet };
  }
  const dated = compiled.scenario.events.dated.map((event) => event.id);
  return {
    seed,
    reason: state.result?.reason ?? 'expiry',
    rounds: state.round,
    moves,
    treaty: state.treaty,
    suspended: state.log.some((entry) => entry.kind === 'treaty-changed' && entry.status === 'suspended'),
    sessions: state.sessionsHeld,
    scores,
    finalIssues: { ...state.issues },
    reachedLevels: reached,
    fired: dated.filter((id) => id in state.fired),
    averted: dated.filter((id) => id in state.averted),
    cardsPlayed: { ...state.cardsPlayed },
    refused,
  };
}
