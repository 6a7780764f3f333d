import { expect, test } from '@playwright/test';
import { yourMove } from './support/table';

test('if the AI worker cannot run, the AI plays on the page and the game goes on', async ({ page }) => {
  await page.route('**/ai.worker*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("blocked");' }),
  );
  // In this scenario the Russian delegation leads, so the AI moves first.
  await page.goto('./?scenario=cairo-2022&seed=7&seats=us=human,ru=novice');
  await page.getByRole('button', { name: 'Start game' }).click();
  await expect(yourMove(page)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Game log entries' })).toContainText(
    'The Russian delegation',
  );
});

test('an unexpected error shows a readable panel with a way back, never a blank page', async ({ page }) => {
  await page.goto('./?scenario=tutorial&seed=1&seats=us=human,ru=novice');
  await page.getByRole('button', { name: 'Start game' }).click();
  await expect(yourMove(page)).toBeVisible();
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('Something broke in a test');
    });
  });
  const panel = page.getByRole('main', { name: 'Something went wrong' });
  await expect(panel).toContainText('Something broke in a test');
  await panel.getByRole('button', { name: 'Back to start' }).click();
  // The game was autosaved, so it can be resumed.
  await expect(page.getByRole('button', { name: 'Resume saved game' })).toBeVisible();
});
