import { expect, test } from '@playwright/test';

const BROKEN = `id: broken-example
title: A broken scenario
summary: Missing most of what a scenario needs.
calendar:
  start: 2022-13
  end: 2026-02
  monthsPerRound: 3
delegations: []
unknownKey: true
`;

test('a broken scenario file shows every error with file:line:column', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Open a scenario file…').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(BROKEN),
  });
  const problems = page.getByTestId('problems');
  await expect(problems).toBeVisible();
  await expect(problems.getByRole('heading')).toHaveText(/broken\.yaml has \d+ problems/);
  const lines = problems.getByRole('listitem');
  expect(await lines.count()).toBeGreaterThan(2);
  for (const text of await lines.allTextContents()) expect(text).toMatch(/^broken\.yaml:\d+:\d+: error: /);
  await expect(lines.filter({ hasText: 'broken.yaml:5:' })).toHaveCount(1);
  await expect(lines.filter({ hasText: 'unknown key "unknownKey"' })).toHaveCount(1);
  // The list is keyboard reachable (it takes focus so it is read out and can be scrolled).
  await expect(problems.getByRole('list')).toBeFocused();
});

test('a YAML syntax error is located too', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Open a scenario file…').setInputFiles({
    name: 'syntax.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from('id: x\ntitle: [unclosed\n'),
  });
  await expect(page.getByTestId('problems').getByRole('listitem').first()).toHaveText(
    /^syntax\.yaml:\d+:\d+: error: YAML syntax/,
  );
});

test('a scenario URL that is not a scenario says so, with the address', async ({ page }) => {
  // vite preview, like many hosts, answers unknown paths with the app's own page.
  await page.goto('./?scenario=no-such-file.yaml');
  const notice = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(notice).toContainText('http://127.0.0.1:4173/no-such-file.yaml');
  await expect(notice).toContainText('not a scenario file');
});

test('a scenario URL that answers with an error status says which', async ({ page }) => {
  await page.route('**/missing.yaml', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto('./?scenario=missing.yaml');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toContainText(
    /missing\.yaml: the server answered HTTP 404/,
  );
});

test('a scenario URL that cannot be reached reports a network error', async ({ page }) => {
  await page.goto(`./?scenario=${encodeURIComponent('http://127.0.0.1:9/x.yaml')}`);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toContainText(
    'Could not fetch http://127.0.0.1:9/x.yaml: network error',
  );
});

test('a save file that is not a save is reported with the reason', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Load a saved game…').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'notes.json could not be loaded' })).toContainText(
    'does not hold a Treaty Table saved game',
  );
});
