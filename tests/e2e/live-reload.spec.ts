/**
 * Live reload in the dev server (`npm start`): a designer saves a scenario file and the running game
 * picks it up, or shows the file's problems with their lines. Runs its own dev server on a spare port,
 * on a copy of the tutorial scenario that it removes afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const PORT = 5199;
const FILE = 'scenarios/zz-live-reload-test.yaml';
const ORIGINAL = readFileSync('scenarios/tutorial.yaml', 'utf8')
  .replace(/^id: tutorial$/m, 'id: zz-live-reload-test')
  .replace(/^title: .*$/m, 'title: "Live reload test"');

let server: ChildProcess | null = null;

test.beforeAll(async () => {
  writeFileSync(FILE, ORIGINAL);
  server = spawn('node_modules/.bin/vite', ['--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://127.0.0.1:${PORT}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the dev server did not start');
});

test.afterAll(() => {
  server?.kill();
  rmSync(FILE, { force: true });
});

test('saving a scenario file reloads it into the running game, or shows its problems', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`http://127.0.0.1:${PORT}/?scenario=zz-live-reload-test&seed=3&seats=us=human,ru=human`);
  await page.getByRole('button', { name: 'Start game' }).click({ timeout: 60_000 });
  await expect(page.getByRole('dialog', { name: /Pass the device to the/ })).toBeVisible({ timeout: 30_000 });

  writeFileSync(FILE, ORIGINAL.replace('title: "Live reload test"', 'title: "Live reload test, edited"'));
  const reloaded = page.getByRole('status', { name: 'Live reload test, edited reloaded' });
  await expect(reloaded).toBeVisible({ timeout: 20_000 });
  await expect(reloaded).toContainText('moves were replayed');

  writeFileSync(FILE, ORIGINAL.replace(/^calendar:/m, 'calendar: 3\nbroken:'));
  const problems = page.getByRole('alert', { name: /zz-live-reload-test\.yaml has problems/ });
  await expect(problems).toBeVisible({ timeout: 20_000 });
  await expect(problems).toContainText(/zz-live-reload-test\.yaml:\d+:\d+: error: unknown key "broken"/);
});
