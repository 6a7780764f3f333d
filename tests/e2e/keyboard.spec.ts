import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { cardAction, nextScreen, tabTo } from './support/table';

/** One move with the keyboard alone: accept; else pick a playable card with the arrows and play it; else pass. */
async function playMoveWithKeyboard(page: Page): Promise<void> {
  const side = page.getByRole('complementary', { name: 'Your delegation' });
  const accept = side.getByRole('button', { name: 'Accept', exact: true });
  if (await accept.isVisible()) {
    await tabTo(page, accept);
    await expectFocusRing(page);
    await page.keyboard.press('Enter');
    return;
  }
  const playable = side.getByRole('radio', { name: /playable now/ });
  if ((await playable.count()) > 0) {
    const target = playable.first();
    await tabTo(page, side.getByRole('radio'));
    for (let i = 0; i < 10 && !(await isFocused(target)); i++) await page.keyboard.press('ArrowDown');
    // Arrows select as they move; a radio reached by Tab alone is selected with Space.
    if (!(await target.isChecked())) await page.keyboard.press('Space');
    await expect(target).toBeChecked();
    await tabTo(page, cardAction(page));
    await expectFocusRing(page);
    await page.keyboard.press('Enter');
    return;
  }
  await tabTo(page, side.getByRole('button', { name: 'Pass', exact: true }));
  await page.keyboard.press('Enter');
}

function isFocused(target: ReturnType<Page['locator']>): Promise<boolean> {
  return target.evaluate((node) => node === document.activeElement);
}

/** Focus is always visible: the focused control draws an outline. */
async function expectFocusRing(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const node = document.activeElement;
    return node ? getComputedStyle(node).outlineStyle : 'none';
  });
  expect(outline).not.toBe('none');
}

test('a full round played with the keyboard alone, every move announced', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./?scenario=tutorial&seed=3&seats=us=human,ru=human');
  await tabTo(page, page.getByRole('button', { name: 'Start game' }));
  await page.keyboard.press('Enter');
  const log = page.getByRole('region', { name: 'Game log entries' });
  for (let step = 0; step < 40; step++) {
    if (await log.getByText(/^Round 2 of \d+ opens/).isVisible()) break;
    const screen = await nextScreen(page);
    if (screen === 'handover') {
      // The confirm button has the focus already.
      await expect(page.getByRole('button', { name: /^I am the .*: show my hand$/ })).toBeFocused();
      await page.keyboard.press('Enter');
      continue;
    }
    await playMoveWithKeyboard(page);
  }
  await expect(log.getByText(/^Round 2 of \d+ opens/)).toBeVisible();
  const announcer = page.getByTestId('announcer');
  await expect(announcer).toContainText(
    /The (United States|Russian) delegation (proposes|accepts|passes|makes)/,
  );
  await expect(announcer).toContainText('Round 2 of 3 opens');
});

test('the glossary opens and closes from the keyboard', async ({ page }) => {
  await page.goto('./?scenario=tutorial&seed=3&seats=us=human,ru=novice');
  await page.getByRole('button', { name: 'Start game' }).click();
  await expect(page.getByRole('heading', { name: 'Your move', exact: true })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Glossary' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Glossary' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('term').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
