/**
 * The balance simulator: plays N seeded games of a scenario on all cores and reports how they went.
 *
 *   npm run simulate -- --scenario scenarios/cairo-2022.yaml --games 1000 --seed 7 \
 *     [--seats us=expert,ru=standard] [--json out.json] [--markdown out.md] [--workers 2]
 *
 * Game i plays with a seed derived from --seed and i; the JSON holds no timings, so the same
 * arguments always give the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { reportMarkdown } from '../ai/batch/markdown';
import { type BalanceReport, buildReport } from '../ai/batch/report';
import { readSeatPlan } from '../ai/batch/seat-plan';
import { compileScenario } from '../engine/game';
import { parseScenario } from '../scenario/parse';
import { progressBar } from './progress-bar';
import { runInWorkers } from './simulate-pool';

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
  if (!values.scenario || !isCount(games) || !Number.isInteger(seed) || !isCount(workers)) return fail(USAGE);
  const parsed = parseScenario(readFileSync(values.scenario, 'utf8'), values.scenario);
  if (!parsed.ok) {
    return fail(parsed.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
  }
  const compiled = compileScenario(parsed.value);
  const plan = readSeatPlan(values.seats, compiled.seats);
  if (!plan.ok) return fail(plan.message);
  const bar = process.stderr.isTTY ? progressBar(process.stderr, games) : null;
  const records = await runInWorkers(
    { scenario: parsed.value, plan: plan.plan, seed },
    { games, workers, onProgress: (done) => bar?.update(done) },
  );
  bar?.finish();
  const report = buildReport(compiled, plan.plan, seed, records);
  const command = regenerateCommand(values);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  if (values.markdown) writeFileSync(values.markdown, reportMarkdown(compiled, report, command));
  process.stdout.write(summary(report));
  return 0;
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

function summary(report: BalanceReport): string {
  const lines = report.targets.map((t) => `${t.met ? 'ok  ' : 'MISS'} ${t.target}: ${t.detail}`);
  return `${report.games} games of ${report.scenario.id}, seed ${report.seed}\n${lines.join('\n')}\n`;
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n > 0;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
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
