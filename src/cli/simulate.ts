/**
 * The balance simulator: plays N seeded games of a scenario on all cores and reports how they went.
 *
 *   npm run simulate -- --scenario scenarios/cairo-2022.yaml --games 1000 --seed 7 \
 *     [--seats us=expert,ru=standard] [--json out.json] [--markdown out.md] [--workers 2]
 *
 * Game i plays with a seed derived from --seed and i; the JSON holds no timings, so the same
 * arguments always give the same bytes.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { startWorkers } from './simulate-pool';

const USAGE =
  'usage: npm run simulate -- --scenario FILE [--games N] [--seed S] [--seats us=expert,ru=standard] [--json out.json] [--markdown out.md] [--workers W]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      games: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      seats: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      workers: { type: 'string', default: String(availableParallelism()) },
    },
  });
  const games = Number(values.games);
  const seed = Number(values.seed);
  const workers = Number(values.workers);
  if (!values.scenario || !isCount(games) || !Number.isInteger(seed) || !isCount(workers)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // The workers load the engine and the AI while this thread loads the parser and reads the scenario.
  const pool = startWorkers({ games, workers });
  try {
    const { simulate } = await import('./simulate-run');
    const { scenario, seats, json, markdown } = values;
    return await simulate(
      { scenario, games, seed, seats, json, markdown, command: regenerateCommand(values) },
      pool,
    );
  } finally {
    await pool.close();
  }
}

/** The command that plays the same games again (output files and worker count do not change the report). */
function regenerateCommand(values: {
  scenario?: string;
  games?: string;
  seed?: string;
  seats?: string;
}): string {
  const seats = values.seats ? ` --seats ${values.seats}` : '';
  return `npm run simulate -- --scenario ${values.scenario} --games ${values.games} --seed ${values.seed}${seats}`;
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n > 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
