/**
 * `npm run bench [-- --scenario FILE --seconds S]`: the performance figures the issues set targets
 * for, measured here rather than asserted in tests (timings vary with the machine).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileScenario } from '../engine/game';
import { parseScenario } from '../scenario/parse';
import { formatProblem } from '../scenario/problems';
import { benchEngine } from './bench/engine-bench';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'scenarios/cairo-2022.yaml' },
    seconds: { type: 'string', default: '5' },
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
const engine = benchEngine(compiled, seconds);
console.log('\nEngine: random legal-move agents, one thread (target ≥ 500 games/s)');
console.log(`  games played          ${engine.games} in ${engine.cpuSeconds.toFixed(1)} s of CPU`);
console.log(`  full games per second ${engine.gamesPerSecond.toFixed(0)}`);
console.log(
  `  events per second     ${engine.eventsPerSecond.toFixed(0)} (${engine.eventsPerGame.toFixed(1)} per game)`,
);
console.log(`  replay of a save      ${engine.replayMsPerGame.toFixed(2)} ms per game`);
