/**
 * `npm run scenario:check -- FILE...`: checks scenario files and prints every problem as
 * `file:line:column: error|warning: message (path)`, then a summary. Exits 1 if any file has an
 * error. `--format json` prints the problems as a JSON array for tools; `--simulate N` also plays
 * N random games of each file that has no error.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkScenarioText, hasErrors } from '../scenario/lint/check';
import { parseScenario } from '../scenario/parse';
import { formatProblem, type ScenarioProblem } from '../scenario/problems';
import { describeSimulation, simulateGames } from './scenario-check-simulate';

export interface CheckIo {
  readFile(path: string): string;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `usage: npm run scenario:check -- [--format text|json] [--simulate N] [--seed S] FILE...`;

interface CheckOptions {
  files: string[];
  json: boolean;
  simulate: number;
  seed: number;
}

/** Runs the check; returns the exit code (0 clean or warnings only, 1 errors, 2 bad arguments). */
export function runScenarioCheck(args: string[], io: CheckIo): number {
  const options = readOptions(args);
  if (typeof options === 'string') {
    io.err(options);
    io.err(USAGE);
    return 2;
  }
  const problems = options.files.flatMap((file) => checkFile(file, io));
  if (options.json) io.out(JSON.stringify(problems, null, 2));
  else {
    for (const problem of problems) io.out(formatProblem(problem));
    io.out(summaryLine(options.files.length, problems));
  }
  if (options.simulate > 0) {
    // In JSON mode stdout holds only the problems array, so the report goes to stderr.
    const report = options.json ? io.err : io.out;
    for (const file of options.files) simulateFile(file, options, problems, io, report);
  }
  return hasErrors(problems) ? 1 : 0;
}

function readOptions(args: string[]): CheckOptions | string {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        simulate: { type: 'string', default: '0' },
        seed: { type: 'string', default: '1' },
      },
    });
    const simulate = Number(values.simulate);
    const seed = Number(values.seed);
    if (values.format !== 'text' && values.format !== 'json') return `unknown format "${values.format}"`;
    if (!Number.isInteger(simulate) || simulate < 0) return '--simulate takes a whole number of games';
    if (!Number.isInteger(seed)) return '--seed takes a whole number';
    if (positionals.length === 0) return 'name at least one scenario file';
    return { files: positionals, json: values.format === 'json', simulate, seed };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function checkFile(file: string, io: CheckIo): ScenarioProblem[] {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      { file, line: 1, column: 1, path: '', severity: 'error', message: `cannot read the file: ${reason}` },
    ];
  }
  return checkScenarioText(text, file);
}

function summaryLine(files: number, problems: readonly ScenarioProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict = errors > 0 ? 'FAILED' : 'ok';
  return `${verdict}: ${plural(files, 'file')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

function simulateFile(
  file: string,
  options: CheckOptions,
  problems: readonly ScenarioProblem[],
  io: CheckIo,
  report: (line: string) => void,
): void {
  if (hasErrors(problems.filter((p) => p.file === file))) {
    report(`${file}: not simulated, fix its errors first`);
    return;
  }
  const parsed = parseScenario(io.readFile(file), file);
  if (!parsed.ok) return;
  const summary = simulateGames(parsed.value, options.simulate, options.seed);
  for (const line of describeSimulation(parsed.value, summary)) report(line);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  process.exitCode = runScenarioCheck(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
