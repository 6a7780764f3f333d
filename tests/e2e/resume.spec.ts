import { expect, test } from '@playwright/test';
import { loadScenario } from './support/engine-saves';
import { handover, nextScreen, playMoveWithMouse, startGame, tableText, yourMove } from './support/table';

const AUTOSAVE = 'treaty-table:autosave';

test('a reload mid-game resumes exactly where the table was', async ({ page }) => {
  test.setTimeout(90_000);
  await startGame(page, 'scenario=tutorial&seed=5&seats=us=human,ru=human');
  for (let moves = 0; moves < 3; ) {
    if ((await nextScreen(page)) === 'handover') await handover(page).getByRole('button').click();
    else {
      await playMoveWithMouse(page);
      moves += 1;
    }
  }
  if ((await nextScreen(page)) === 'handover') await handover(page).getByRole('button').click();
  await expect(yourMove(page)).toBeVisible();
  const before = await tableText(page);
  const turn = await page.getByTestId('turn').textContent();

  await page.reload();
  await page.getByRole('button', { name: 'Resume saved game' }).click();
  // Hot-seat: the seat to move confirms again before its hand is shown.
  await handover(page).getByRole('button').click();
  await expect(yourMove(page)).toBeVisible();
  expect(await tableText(page)).toEqual(before);
  await expect(page.getByTestId('turn')).toHaveText(turn ?? '');
});

test('a saved game that cannot be loaded is kept under another key, and the player is told', async ({
  page,
}) => {
  await page.goto('./');
  // The app reads the autosave while it starts: wait until it has, so it reads ours only after the reload.
  await expect(page.getByRole('button', { name: 'Start game' })).toBeVisible();
  await page.evaluate(
    (key) => localStorage.setItem(key, '{"app":"treaty-table", this is not JSON'),
    AUTOSAVE,
  );
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'The saved game could not be resumed' });
  await expect(notice).toContainText('not valid JSON');
  await expect(notice).toContainText(`${AUTOSAVE}:rejected:1`);
  await expect(page.getByRole('button', { name: 'Resume saved game' })).toHaveCount(0);

  // A new game autosaves into the free slot; the rejected save is still there, unchanged.
  await page.getByRole('button', { name: 'Start game' }).click();
  await expect(page.getByTestId('turn')).toBeVisible();
  const stored = await page.evaluate(
    (key) => [localStorage.getItem(`${key}:rejected:1`), localStorage.getItem(key)],
    AUTOSAVE,
  );
  expect(stored[0]).toBe('{"app":"treaty-table", this is not JSON');
  expect(JSON.parse(stored[1] ?? '{}')).toMatchObject({ app: 'treaty-table', version: 1 });
});

function wrapped(save: object): string {
  const file = {
    app: 'treaty-table',
    version: 1,
    scenario: { kind: 'builtin', id: 'tutorial' },
    summary: 'x',
    save,
  };
  return JSON.stringify(file);
}

const REFUSED = [
  {
    why: 'a move the rules refuse',
    save: () => ({
      format: 1,
      scenarioId: 'tutorial',
      scenarioHash: loadScenario('tutorial').hash,
      seed: 1,
      seats: { us: { kind: 'human' }, ru: { kind: 'human' } },
      events: [{ type: 'ACCEPT', seat: 'us' }],
    }),
    reason: 'move 1 (ACCEPT by us) cannot be replayed',
  },
  {
    why: 'a changed scenario',
    save: () => ({
      format: 1,
      scenarioId: 'tutorial',
      scenarioHash: '0000000000000000',
      seed: 1,
      seats: {},
      events: [],
    }),
    reason: 'has changed since this game was saved',
  },
];

for (const { why, save, reason } of REFUSED) {
  test(`a save with ${why} is reported with the reason, and kept`, async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Start game' })).toBeVisible();
    const text = wrapped(save());
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [AUTOSAVE, text] as const);
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be resumed' })).toContainText(reason);
    expect(await page.evaluate((key) => localStorage.getItem(`${key}:rejected:1`), AUTOSAVE)).toBe(text);
  });
}

test('a game saved to a file loads again from the start screen', async ({ page }) => {
  await startGame(page, 'scenario=tutorial&seed=8&seats=us=human,ru=novice');
  await expect(yourMove(page)).toBeVisible();
  await playMoveWithMouse(page);
  await expect(yourMove(page)).toBeVisible({ timeout: 15_000 });
  const before = await tableText(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save to file' }).click();
  const file = await (await download).path();

  // Clear the autosave: the game must come back from the file alone.
  await page.evaluate((key) => localStorage.removeItem(key), AUTOSAVE);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await page.getByLabel('Load a saved game…').setInputFiles(file);
  await expect(yourMove(page)).toBeVisible();
  expect((await tableText(page)).status).toEqual(before.status);
});
