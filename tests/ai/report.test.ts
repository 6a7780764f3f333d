import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportMarkdown } from '../../src/ai/batch/markdown';
import { buildReport } from '../../src/ai/batch/report';
import { playRange } from '../../src/ai/batch/run';
import { readSeatPlan } from '../../src/ai/batch/seat-plan';
import { wilsonInterval } from '../../src/ai/batch/wilson';
import { CAIRO, compiledScenario, MINI } from './helpers';

describe('the balance report', () => {
  it('is the same for the same seed, and differs for another', { timeout: 30_000 }, () => {
    const compiled = compiledScenario(CAIRO);
    const plan = { us: 'standard', ru: 'novice' } as const;
    const report = (seed: number) =>
      JSON.stringify(buildReport(compiled, plan, seed, playRange(compiled, plan, seed, { from: 0, to: 20 })));
    expect(report(7)).toBe(report(7));
    expect(report(8)).not.toBe(report(7));
  });

  it('from the CLI on worker threads, is byte-identical to the same games played in one thread', {
    timeout: 60_000,
  }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'treaty-simulate-'));
    const out = join(dir, 'out.json');
    const args = [
      '--import',
      'tsx',
      'src/cli/simulate.ts',
      '--scenario',
      MINI,
      '--games',
      '60',
      '--seed',
      '7',
    ];
    execFileSync(process.execPath, [...args, '--workers', '2', '--json', out], { stdio: 'pipe' });
    const compiled = compiledScenario(MINI);
    const plan = { a: 'random', b: 'random' } as const;
    const inOneThread = buildReport(compiled, plan, 7, playRange(compiled, plan, 7, { from: 0, to: 60 }));
    expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify(inOneThread, null, 2)}\n`);
  });

  it('from the CLI, reports a broken scenario by line and column and stops its workers', {
    timeout: 60_000,
  }, () => {
    const file = join(mkdtempSync(join(tmpdir(), 'treaty-simulate-')), 'broken.yaml');
    writeFileSync(file, 'id: broken\nissues: [\n');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/simulate.ts', '--scenario', file, '--games', '10'],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}:3:1:`);
  });

  it('counts what the designer asks for', () => {
    const compiled = compiledScenario(CAIRO);
    const plan = { us: 'random', ru: 'random' } as const;
    const report = buildReport(compiled, plan, 1, playRange(compiled, plan, 1, { from: 0, to: 50 }));
    expect(report.games).toBe(50);
    expect(report.endings.expiry + report.endings.collapse).toBe(50);
    for (const issue of compiled.scenario.issues) {
      const final = report.issues[issue.id]?.final ?? [];
      expect(final).toHaveLength(issue.levels.length);
      expect(final.reduce((a, b) => a + b, 0)).toBe(50);
    }
    for (const [id, counts] of Object.entries(report.datedEvents)) {
      expect(counts.fired + counts.averted, id).toBeLessThanOrEqual(50);
    }
    const us = report.seats.us;
    expect(us?.mandate.ci95[0]).toBeLessThanOrEqual(us?.mandate.rate ?? 0);
    expect((us?.wins ?? 0) + (report.seats.ru?.wins ?? 0) + report.draws).toBe(50);
    expect(report.refusedMoves).toBe(0);
    const markdown = reportMarkdown(compiled, report, 'npm run simulate');
    expect(markdown).toContain('| balance target | met | measured |');
  });
});

describe('Wilson interval', () => {
  // Reference values: Wilson (1927); e.g. 50 of 100 gives 40.4%–59.6%.
  it.each([
    [50, 100, 0.4038, 0.5962],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [350, 1000, 0.3209, 0.3803],
  ])('%i of %i lies in [%f, %f]', (k, n, low, high) => {
    const [l, h] = wilsonInterval(k, n);
    expect(l).toBeCloseTo(low, 3);
    expect(h).toBeCloseTo(high, 3);
  });
});

describe('--seats', () => {
  it('reads seat=player pairs and leaves the others random', () => {
    expect(readSeatPlan('us=expert', ['us', 'ru'])).toEqual({
      ok: true,
      plan: { us: 'expert', ru: 'random' },
    });
    expect(readSeatPlan(undefined, ['us', 'ru'])).toEqual({ ok: true, plan: { us: 'random', ru: 'random' } });
  });

  it('names the mistake', () => {
    expect(readSeatPlan('fr=expert', ['us', 'ru'])).toMatchObject({
      ok: false,
      message: /unknown seat "fr"/,
    });
    expect(readSeatPlan('us=grandmaster', ['us', 'ru'])).toMatchObject({ ok: false, message: /grandmaster/ });
  });
});
