/**
 * Layer 3: model-based paths. xstate/graph walks the round machine (with a representative subset of
 * each seat's legal events) and we replay every shortest path to a final state through the facade.
 */
import { describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths as shortestPaths } from 'xstate/graph';
import { compileScenario, createGame } from '../../src/engine/game';
import { legalActions } from '../../src/engine/legal';
import { roundMachine } from '../../src/engine/machine';
import { currentTable } from '../../src/engine/rules/table';
import type { GameEvent } from '../../src/engine/types';
import { miniScenario } from './fixtures';

type Snapshot = SnapshotFrom<typeof roundMachine>;

/** A tense variant of the fixture: one rejection suspends the treaty, two more collapse it. */
function tenseMini() {
  const scenario = miniScenario();
  scenario.rules.tensionStart = 9;
  scenario.rules.tensionAfterSuspension = 8;
  return compileScenario(scenario);
}

/** Each kind of move once: enough to reach every state of the machine without exploding the graph. */
function representativeEvents(snapshot: Snapshot): GameEvent[] {
  const { compiled, state } = snapshot.context;
  if (state.phase === 'ended') return [];
  const legal = legalActions(compiled, state, currentTable(state).awaiting);
  const plainProposals = legal.filter((e) => e.type === 'PROPOSE' && !e.concession && !e.demand);
  const firstOf = (type: GameEvent['type']) => legal.filter((e) => e.type === type).slice(0, 1);
  return [
    ...plainProposals,
    ...firstOf('COUNTER'),
    ...firstOf('PLAY_STATEMENT'),
    ...firstOf('ACCEPT'),
    ...firstOf('REJECT'),
    ...firstOf('PASS'),
  ];
}

function serialize(snapshot: Snapshot): string {
  const { state } = snapshot.context;
  return JSON.stringify([
    snapshot.value,
    state.round,
    state.tension,
    state.treaty,
    state.commission,
    state.issues,
    state.sessionsHeld,
    state.talks.exchange,
    state.session?.item ?? -1,
    // Whose move it is and what is on the table: the machine has no sub-states that would tell.
    currentTable(state).awaiting,
    currentTable(state).offer,
  ]);
}

const leafStates = (value: unknown, prefix = ''): string[] =>
  typeof value === 'string'
    ? [`${prefix}${value}`]
    : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leafStates(v, `${prefix}${k}.`));

describe('model-based paths of the round machine', () => {
  const compiled = tenseMini();
  const paths = [1, 2, 3, 4].flatMap((seed) =>
    shortestPaths(roundMachine, {
      input: { compiled, seed },
      events: representativeEvents,
      serializeState: (snapshot) => `${seed}:${serialize(snapshot as Snapshot)}`,
      toState: (snapshot) => snapshot.status === 'done',
    }).map((path) => ({ seed, path })),
  );

  it('reaches both final states: expiry and collapse', () => {
    const finals = new Set(paths.map(({ path }) => leafStates(path.state.value).join()));
    expect(finals).toEqual(new Set(['expired', 'collapsed']));
  });

  it('takes every kind of move, in the talks and in a session', () => {
    // The talks and the session have no sub-states (whose move it is lives in the game state), so
    // coverage is of transitions: each kind of move from each state that waits for input, over the
    // whole graph the paths are drawn from.
    const taken = new Set(
      [1, 2, 3, 4].flatMap((seed) =>
        adjacencyMapToArray(
          getAdjacencyMap(roundMachine, {
            input: { compiled, seed },
            events: representativeEvents,
            serializeState: (snapshot) => serialize(snapshot as Snapshot),
          }),
        ).map(({ state, event }) => `${String(state.value)}:${event.type}`),
      ),
    );
    for (const move of [
      'talks:PROPOSE',
      'talks:COUNTER',
      'talks:ACCEPT',
      'talks:REJECT',
      'talks:PLAY_STATEMENT',
      'talks:PASS',
      'session:PROPOSE',
      'session:ACCEPT',
      'session:REJECT',
      'session:PASS',
    ]) {
      expect(taken, move).toContain(move);
    }
  });

  it('every path replays through the facade, move by move, to the same kind of end', () => {
    for (const { seed, path } of paths) {
      const game = createGame(compiled, { seed, seats: {} });
      for (const step of path.steps.slice(1)) {
        const result = game.send(step.event as GameEvent);
        expect(result.ok, JSON.stringify(step.event)).toBe(true);
      }
      // States that serialize alike are merged by the traversal, so gauges may differ on replay; the
      // path's moves must all be legal and lead to the same kind of end.
      expect(game.state.phase).toBe('ended');
      expect(game.state.result?.reason).toBe(path.state.context.state.result?.reason);
    }
  });
});
