/** The game log as a plain-text file for the debrief: setup, every sentence by round, the scores. */
import { roundLabel } from '../engine/calendar';
import { narrate } from '../engine/narrate';
import type { CompiledScenario, GameState, SeatController } from '../engine/types';
import { controllerLabel } from '../ui/labels';

export function logText(
  compiled: CompiledScenario,
  state: GameState,
  seats: Record<string, SeatController>,
): string {
  const { scenario } = compiled;
  const lines = [
    `Treaty Table — ${scenario.title}`,
    `Seed ${state.seed}; ${scenario.delegations.map((d) => `${d.name}: ${controllerLabel(seats[d.id])}`).join('; ')}`,
    '',
  ];
  let round = 0;
  for (const entry of state.log) {
    if (entry.round !== round) {
      round = entry.round;
      lines.push('', `## ${roundLabel(compiled, round)} (round ${round})`);
    }
    lines.push(`- ${narrate(compiled, entry)}`);
  }
  if (state.result) {
    lines.push('', '## Scores');
    for (const d of scenario.delegations) {
      const s = state.result.scores[d.id];
      if (!s) continue;
      lines.push(
        `- ${d.name}: ${s.total} (issues ${s.issues}, objective ${s.objective}, treaty ${s.treaty}, pressure ${s.pressure}); mandate ${s.metMandate ? 'met' : 'not met'} (needs ${s.mandate})`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A file name safe on every system: "treaty-table-cairo-2022-seed42-log.txt". */
export function fileStem(scenarioId: string, seed: number): string {
  return `treaty-table-${scenarioId.replace(/[^a-z0-9-]/gi, '')}-seed${seed}`;
}
