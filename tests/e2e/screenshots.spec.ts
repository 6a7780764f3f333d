/**
 * Pictures of the table for docs/screenshots (the README shows one), taken from saves made with the
 * real engine so each picture shows a chosen moment; each screen is also checked with axe.
 */
import { expect, type Page, test } from '@playwright/test';
import type { Game } from '../../src/engine/game';
import { expectNoAxeViolations } from './support/axe';
import { playUntil, wrapSave } from './support/engine-saves';
import { screenshotBothSizes } from './support/screenshots';
import { yourMove } from './support/table';

const SEATS = { us: { kind: 'human' as const }, ru: { kind: 'ai' as const, strength: 'standard' as const } };

async function openAt(page: Page, game: Game): Promise<void> {
  await page.goto('./');
  const text = wrapSave('cairo-2022', game, 'screenshot');
  await page.evaluate((value) => localStorage.setItem('treaty-table:autosave', value), text);
  await page.reload();
  await page.getByRole('button', { name: 'Resume saved game' }).click();
  await expect(yourMove(page)).toBeVisible();
  // Let the board finish revealing the round's events.
  await page.waitForTimeout(3000);
}

test('the table mid-game', async ({ page }) => {
  const game = playUntil(
    'cairo-2022',
    7,
    SEATS,
    (g) => g.state.round >= 3 && g.awaiting() === 'us' && g.state.talks.offer !== null,
  );
  await openAt(page, game);
  await expect(page.getByRole('region', { name: 'On the table' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothSizes(page, 'table');
});

test('a commission session', async ({ page }) => {
  const game = playUntil('cairo-2022', 7, SEATS, (g) => g.state.phase === 'session' && g.awaiting() === 'us');
  expect(game.state.phase).toBe('session');
  await openAt(page, game);
  await expect(page.getByText(/BCC session in Cairo, agenda item/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothSizes(page, 'session');
});
