import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { screenshotBothSizes } from './support/screenshots';

test('the start screen has words on first paint, before any script runs', async ({ page }) => {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Treaty Table' })).toBeVisible();
  await expect(page.getByText(/negotiate round by round/)).toBeVisible();
});

test('the start screen offers scenarios, seats, a seed and passes axe', async ({ page }) => {
  await page.goto('./?seed=20221129');
  await expect(page.getByRole('radio', { name: 'New START after Cairo, 2022-2026' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Tutorial/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /United States delegation/ })).toHaveValue('human');
  await expect(page.getByRole('combobox', { name: /Russian delegation/ })).toHaveValue('standard');
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('20221129');
  await expectNoAxeViolations(page);
  await screenshotBothSizes(page, 'start');
});

test('link parameters preset scenario, seed and seats, and the share link reproduces them', async ({
  page,
}) => {
  await page.goto('./?scenario=tutorial&seed=42&seats=us=expert,ru=human');
  await expect(page.getByRole('radio', { name: /^Tutorial/ })).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('42');
  await expect(page.getByRole('combobox', { name: /United States delegation/ })).toHaveValue('expert');
  await expect(page.getByRole('combobox', { name: /Russian delegation/ })).toHaveValue('human');
  await page.getByText('Share this setup').click();
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(
    /\?scenario=tutorial&seed=42&seats=us%3Dexpert%2Cru%3Dhuman$/,
  );
});

test('bad link parameters are reported, not silently ignored', async ({ page }) => {
  await page.goto('./?seed=banana&seats=us=wizard');
  await expect(
    page.getByRole('status').filter({ hasText: 'Some link settings were not used' }),
  ).toContainText('seed "banana"');
});
