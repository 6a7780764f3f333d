import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinScenarios } from '../../src/app/builtin-scenarios';
import { fileStem, logText } from '../../src/app/log-export';
import { loadBuiltin } from '../../src/app/scenario-source';
import { compileScenario, createGame } from '../../src/engine/game';

beforeAll(async () => {
  await loadBuiltinScenarios();
});

describe('logText', () => {
  it('writes the setup, every round and the scores of a finished game', () => {
    const loaded = loadBuiltin('tutorial');
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const compiled = compileScenario(loaded.value.scenario);
    const seats = {
      us: { kind: 'human' as const },
      ru: { kind: 'ai' as const, strength: 'novice' as const },
    };
    const game = createGame(compiled, { seed: 3, seats });
    for (let seat = game.awaiting(); seat !== null; seat = game.awaiting()) {
      const pass = game.legalActions(seat).find((e) => e.type === 'PASS' || e.type === 'REJECT');
      const event = pass ?? game.legalActions(seat)[0];
      if (!event) break;
      game.send(event);
    }
    const text = logText(compiled, game.state, seats);
    expect(text).toContain('Seed 3; United States delegation: Human; Russian delegation: AI · novice');
    expect(text).toMatch(/## Nov 2022 \(round 1\)/);
    expect(text).toContain('## Scores');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^- Russian delegation: -?\d+ \(issues/);
  });

  it('makes file names safe', () => {
    expect(fileStem('cairo-2022', 42)).toBe('treaty-table-cairo-2022-seed42');
    expect(fileStem('../x y', 1)).toBe('treaty-table-xy-seed1');
  });
});
