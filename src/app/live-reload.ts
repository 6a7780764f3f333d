/**
 * Live reload of an edited built-in scenario into the running game (dev server): the game is replayed
 * on the new version as far as its moves still apply, or the edit is refused with its problems.
 */
import { compileScenario, replayEvents } from '../engine/game';
import type { Session } from './controller';
import { loadBuiltin } from './scenario-source';

export type Reload =
  | { kind: 'unchanged' }
  | { kind: 'broken'; file: string; lines: string[] }
  | { kind: 'reloaded'; session: Session; lines: string[] };

export function reloadSession(session: Session): Reload {
  if (session.ref.kind !== 'builtin') return { kind: 'unchanged' };
  const loaded = loadBuiltin(session.ref.id);
  if (!loaded.ok) return { kind: 'broken', file: loaded.file, lines: loaded.errors };
  const compiled = compileScenario(loaded.value.scenario);
  if (compiled.hash === session.compiled.hash) return { kind: 'unchanged' };
  const save = session.game.save();
  const { game, stoppedAt } = replayEvents(compiled, save);
  const moves = save.events.length;
  const lines = stoppedAt
    ? [
        `${stoppedAt.index} of ${moves} moves still apply; ${stoppedAt.message}.`,
        'The game goes on from there.',
      ]
    : [`All ${moves} moves were replayed on the new version.`];
  return { kind: 'reloaded', session: { ref: session.ref, compiled, game }, lines };
}
