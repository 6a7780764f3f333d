/**
 * `scenario:check --simulate N`: plays N quick games of a scenario through the engine facade, every
 * seat choosing uniformly among its legal actions, and summarises how they ended. It is a smoke test
 * for designers (does the game run to the end? does anything ever happen?), not a balance report.
 */
import { compileScenario, createGame, type Game } from '../engine/game';
import type { GameEvent, SeatController } from '../engine/types';
import type { Scenario } from '../scenario/schema';

/** Moves after which a game is reported as stuck rather than played on forever. */
const MAX_MOVES_PER_GAME = 20_000;

export interface SimulationSummary {
  games: number;
  endings: { expiry: number; collapse: number; stuck: number };
  treatyAtEnd: Record<string, number>;
  mandatesMet: Record<string, number>;
  /** Event id → [games it fired in, games it was averted in]. */
  datedEvents: Record<string, [number, number]>;
  /** Issue id → highest level reached in any game. */
  highestLevels: Record<string, number>;
  sessionsHeld: number;
}

export function simulateGames(scenario: Scenario, games: number, firstSeed: number): SimulationSummary {
  const compiled = compileScenario(scenario);
  const summary = emptySummary(scenario, games);
  for (let g = 0; g < games; g++) {
    const seats = Object.fromEntries(
      compiled.seats.map((seat): [string, SeatController] => [seat, { kind: 'random' }]),
    );
    const game = createGame(compiled, { seed: firstSeed + g, seats });
    const finished = playRandomly(game, seededRandom(firstSeed + g));
    record(summary, game, finished);
  }
  return summary;
}

function playRandomly(game: Game, random: () => number): boolean {
  for (let move = 0; move < MAX_MOVES_PER_GAME; move++) {
    const seat = game.awaiting();
    if (seat === null) return true;
    const legal = game.legalActions(seat);
    const choice = legal[Math.floor(random() * legal.length)] as GameEvent | undefined;
    if (!choice || !game.send(choice).ok) return false;
  }
  return false;
}

function emptySummary(scenario: Scenario, games: number): SimulationSummary {
  return {
    games,
    endings: { expiry: 0, collapse: 0, stuck: 0 },
    treatyAtEnd: {},
    mandatesMet: Object.fromEntries(scenario.delegations.map((d) => [d.id, 0])),
    datedEvents: Object.fromEntries(
      scenario.events.dated.map((e): [string, [number, number]] => [e.id, [0, 0]]),
    ),
    highestLevels: Object.fromEntries(scenario.issues.map((issue) => [issue.id, issue.start])),
    sessionsHeld: 0,
  };
}

function record(summary: SimulationSummary, game: Game, finished: boolean): void {
  const { state } = game;
  const reason = finished ? state.result?.reason : undefined;
  if (reason === undefined) summary.endings.stuck++;
  else summary.endings[reason]++;
  summary.treatyAtEnd[state.treaty] = (summary.treatyAtEnd[state.treaty] ?? 0) + 1;
  for (const [seat, score] of Object.entries(state.result?.scores ?? {})) {
    if (score.metMandate) summary.mandatesMet[seat] = (summary.mandatesMet[seat] ?? 0) + 1;
  }
  for (const [event, counts] of Object.entries(summary.datedEvents)) {
    if (event in state.fired) counts[0]++;
    if (event in state.averted) counts[1]++;
  }
  const levelsSeen = [state.issues, ...state.timeline.map((record) => record.issues)];
  for (const issue of Object.keys(summary.highestLevels)) {
    const highest = Math.max(...levelsSeen.map((levels) => levels[issue] ?? 0));
    summary.highestLevels[issue] = Math.max(summary.highestLevels[issue] ?? 0, highest);
  }
  summary.sessionsHeld += state.sessionsHeld;
}

/** mulberry32: a small seeded generator, so that `--simulate` runs are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The summary as a few plain lines for the terminal. */
export function describeSimulation(scenario: Scenario, summary: SimulationSummary): string[] {
  const percent = (count: number) => `${Math.round((100 * count) / Math.max(1, summary.games))}%`;
  const { expiry, collapse, stuck } = summary.endings;
  const lines = [
    `simulated ${summary.games} random games of "${scenario.id}":`,
    `  ended at the expiry date: ${expiry} (${percent(expiry)}); by collapse: ${collapse} (${percent(collapse)})${stuck > 0 ? `; STUCK (no legal move or too many moves): ${stuck}` : ''}`,
    `  treaty at the end: ${Object.entries(summary.treatyAtEnd)
      .map(([status, count]) => `${status} ${count}`)
      .join(', ')}`,
    `  mandate met: ${Object.entries(summary.mandatesMet)
      .map(([seat, count]) => `${seat} ${percent(count)}`)
      .join(', ')}`,
    `  commission sessions held: ${(summary.sessionsHeld / Math.max(1, summary.games)).toFixed(1)} a game`,
  ];
  for (const [event, [fired, averted]] of Object.entries(summary.datedEvents)) {
    lines.push(`  dated event "${event}": fired in ${fired}, averted in ${averted}`);
  }
  for (const issue of scenario.issues) {
    const highest = summary.highestLevels[issue.id] ?? issue.start;
    const top = issue.levels.length - 1;
    const note = highest < top ? ` (never reached ${top}, "${issue.levels[top]?.label}")` : '';
    lines.push(`  issue "${issue.id}": highest level reached ${highest} of ${top}${note}`);
  }
  return lines;
}
