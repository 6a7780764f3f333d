/**
 * `npm run bench [-- --scenario FILE --seconds S]`: the performance figures the issues set targets
 * for, measured here rather than asserted in tests (timings vary with the machine).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { compileScenario } from '../engine/game';
import { AI_STRENGTHS } from '../engine/types';
import { parseScenario } from '../scenario/parse';
import { formatProblem } from '../scenario/problems';
import { benchDecisions, benchSimulator } from './bench/ai-bench';
import { benchEngine } from './bench/engine-bench';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'scenarios/cairo-2022.yaml' },
    seconds: { type: 'string', default: '5' },
    'sim-games': { type: 'string', default: '10000' },
    'expert-decisions': { type: 'string', default: '150' },
  },
});
const file = values.scenario;
const parsed = parseScenario(readFileSync(file, 'utf8'), file);
if (!parsed.ok) {
  console.error(parsed.errors.map(formatProblem).join('\n'));
  process.exit(1);
}
const compiled = compileScenario(parsed.value);
const seconds = Number(values.seconds);

console.log(`Treaty Table bench — ${file} (${compiled.totalRounds} rounds), Node ${process.version}`);
// The simulator is measured first, while this thread is idle: after the one-thread benchmarks its
// collector would still be sweeping their garbage beside the two workers.
const simGames = Number(values['sim-games']);
const sim = await benchSimulator(compiled, simGames, availableParallelism());
const engine = benchEngine(compiled, seconds);
console.log('\nEngine: random legal-move agents, one thread (target ≥ 500 games/s)');
console.log(`  games played          ${engine.games} in ${engine.cpuSeconds.toFixed(1)} s of CPU`);
console.log(`  full games per second ${engine.gamesPerSecond.toFixed(0)}`);
console.log(
  `  events per second     ${engine.eventsPerSecond.toFixed(0)} (${engine.eventsPerGame.toFixed(1)} per game)`,
);
console.log(`  replay of a save      ${engine.replayMsPerGame.toFixed(2)} ms per game`);

// The AI (issue #4): decision times per strength (CPU time, one thread), and the simulator's throughput.
console.log('\nAI decisions, one thread (target: expert p95 ≤ 200 ms)');
const decisionCounts = { novice: 2000, standard: 2000, expert: Number(values['expert-decisions']) } as const;
for (const strength of AI_STRENGTHS) {
  const t = benchDecisions(compiled, strength, decisionCounts[strength]);
  console.log(
    `  ${strength.padEnd(9)} median ${t.medianMs.toFixed(2)} ms   p95 ${t.p95Ms.toFixed(2)} ms   max ${t.maxMs.toFixed(1)} ms   (${t.decisions} decisions)`,
  );
}
console.log(
  `\nSimulator: ${simGames} standard-vs-standard games on ${sim.workers} worker threads (target ≤ 10 s)`,
);
console.log(
  `  wall time             ${sim.wallSeconds.toFixed(1)} s (${sim.gamesPerSecond.toFixed(0)} games/s)`,
);
console.log(`  CPU time, all threads ${sim.cpuSeconds.toFixed(1)} s`);
