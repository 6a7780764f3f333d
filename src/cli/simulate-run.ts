/**
 * The simulator's work once its workers are starting: read the scenario and the seats, play the
 * games on the workers, and write the report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { reportMarkdown } from '../ai/batch/markdown';
import { type BalanceReport, buildReport } from '../ai/batch/report';
import { readSeatPlan } from '../ai/batch/seat-plan';
import { compileScenario } from '../engine/game';
import { parseScenario } from '../scenario/parse';
import { progressBar } from './progress-bar';
import type { WorkerPool } from './simulate-pool';

export interface SimulateRequest {
  scenario: string;
  games: number;
  seed: number;
  seats?: string;
  json?: string;
  markdown?: string;
  /** The command that plays the same games again, for the Markdown report. */
  command: string;
}

/** Returns the exit code; messages for the user go to stderr, the summary to stdout. */
export async function simulate(request: SimulateRequest, pool: WorkerPool): Promise<number> {
  let text: string;
  try {
    text = readFileSync(request.scenario, 'utf8');
  } catch (error) {
    return fail(
      `${request.scenario}: cannot read the file: ${error instanceof Error ? error.message : error}`,
    );
  }
  const parsed = parseScenario(text, request.scenario);
  if (!parsed.ok) {
    return fail(parsed.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
  }
  const compiled = compileScenario(parsed.value);
  const plan = readSeatPlan(request.seats, compiled.seats);
  if (!plan.ok) return fail(plan.message);
  const bar = process.stderr.isTTY ? progressBar(process.stderr, request.games) : null;
  const records = await pool.run({ scenario: parsed.value, plan: plan.plan, seed: request.seed }, (done) =>
    bar?.update(done),
  );
  bar?.finish();
  const report = buildReport(compiled, plan.plan, request.seed, records);
  if (request.json) writeFileSync(request.json, `${JSON.stringify(report, null, 2)}\n`);
  if (request.markdown) writeFileSync(request.markdown, reportMarkdown(compiled, report, request.command));
  process.stdout.write(summary(report));
  return 0;
}

function summary(report: BalanceReport): string {
  const lines = report.targets.map((t) => `${t.met ? 'ok  ' : 'MISS'} ${t.target}: ${t.detail}`);
  return `${report.games} games of ${report.scenario.id}, seed ${report.seed}\n${lines.join('\n')}\n`;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}
