import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CheckIo, runScenarioCheck } from '../../src/cli/scenario-check';

const FIRST = 'tests/fixtures/scenarios/first-scenario.yaml';
const MINIMAL = readFileSync('tests/fixtures/scenarios/minimal.yaml', 'utf8');

/** Files held in memory, and everything the command printed. */
function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CheckIo = {
    readFile: (path) => files[path] ?? readFileSync(path, 'utf8'),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  const code = runScenarioCheck(args, io);
  return { code, out, err };
}

describe('scenario:check', () => {
  it('passes a clean file with exit code 0 and a summary line', () => {
    const { code, out } = run([FIRST]);
    expect(code).toBe(0);
    expect(out).toEqual(['ok: 1 file checked, 0 errors, 0 warnings']);
  });

  it('prints each problem as file:line:column: severity: message (path) and exits 1 on an error', () => {
    const broken = MINIMAL.replace("colour: '#2255aa'", 'colour: blue');
    const { code, out } = run(['broken.yaml'], { 'broken.yaml': broken });
    expect(code).toBe(1);
    expect(out[0]).toBe('broken.yaml:18:13: error: a colour is written "#rrggbb" (delegations.0.colour)');
    expect(out.at(-1)).toBe('FAILED: 1 file checked, 1 error, 0 warnings');
  });

  it('exits 0 when there are only warnings', () => {
    const warned = MINIMAL.replace('date: 2030-04-10', 'date: 2035-04-10');
    const { code, out } = run(['warned.yaml'], { 'warned.yaml': warned });
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^warned\.yaml:\d+:\d+: warning: event "storm" is dated 10 Apr 2035/);
  });

  it('prints a JSON array of problems with --format json', () => {
    const broken = MINIMAL.replace("colour: '#2255aa'", 'colour: blue');
    const { code, out } = run(['--format', 'json', 'a.yaml', FIRST], { 'a.yaml': broken });
    expect(code).toBe(1);
    const problems = JSON.parse(out.join('\n')) as unknown[];
    expect(problems).toEqual([
      {
        file: 'a.yaml',
        line: 18,
        column: 13,
        path: 'delegations.0.colour',
        severity: 'error',
        message: 'a colour is written "#rrggbb"',
      },
    ]);
  });

  it('reports a file it cannot read as an error of that file', () => {
    const { code, out } = run(['no-such-file.yaml']);
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^no-such-file\.yaml:1:1: error: cannot read the file/);
  });

  it('answers bad arguments with usage and exit code 2', () => {
    expect(run([]).code).toBe(2);
    expect(run(['--format', 'xml', FIRST]).code).toBe(2);
    expect(run(['--simulate', 'many', FIRST]).err[0]).toContain('--simulate takes a whole number');
  });

  it('plays random games with --simulate and says how they ended', () => {
    const { code, out } = run(['--simulate', '5', '--seed', '3', FIRST]);
    expect(code).toBe(0);
    expect(out).toContain('simulated 5 random games of "harbour-talks":');
    expect(out.join('\n')).toMatch(/ended at the expiry date: \d+ \(\d+%\); by collapse: \d+/);
    expect(out.join('\n')).toContain('dated event "storm-season"');
  });

  it('does not simulate a file with errors', () => {
    const { out } = run(['--simulate', '2', 'x.yaml'], { 'x.yaml': 'id: x\n' });
    expect(out.at(-1)).toBe('x.yaml: not simulated, fix its errors first');
  });

  it('runs as a command and sets the exit code', () => {
    const command = ['--import', 'tsx', 'src/cli/scenario-check.ts', FIRST];
    expect(execFileSync('node', command, { encoding: 'utf8' })).toContain('ok: 1 file checked');
    expect(() => execFileSync('node', [...command, 'no-such-file.yaml'], { stdio: 'pipe' })).toThrow();
  });
});
