/**
 * How a player drives the table, in roles and labels: what the page offers, then a click (or keys).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type Screen = 'handover' | 'move' | 'end';

export const handover = (page: Page) => page.getByRole('dialog', { name: /Pass the device to the/ });
export const yourMove = (page: Page) => page.getByRole('heading', { name: 'Your move', exact: true });
export const debriefTitle = (page: Page) =>
  page.getByRole('heading', { level: 1, name: /^(Talks over|The treaty collapsed)/ });
export const status = (page: Page) => page.getByTestId('status');
export const logEntries = (page: Page) => page.getByRole('region', { name: 'Game log entries' });

/** Opens the start screen with a fixed setup and starts the game. */
export async function startGame(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}`);
  await page.getByRole('button', { name: 'Start game' }).click();
}

/** Waits until a human must act (hand-over or move) or the game is over. */
export async function nextScreen(page: Page): Promise<Screen> {
  const any = handover(page).or(yourMove(page)).or(debriefTitle(page));
  await expect(any.first()).toBeVisible({ timeout: 15_000 });
  if (await debriefTitle(page).isVisible()) return 'end';
  if (await handover(page).isVisible()) return 'handover';
  return 'move';
}

/** The primary action the selected card offers, whichever it is. */
export function cardAction(page: Page): Locator {
  const side = page.getByRole('complementary', { name: 'Your delegation' });
  return side.getByRole('button', { name: /^(Propose|Make statement|Make gesture|Counter with this card)$/ });
}

/**
 * One move with the mouse, cooperative: accept an offer; else play the first playable card; else
 * pass. Returns what was done, for the test's own log.
 */
export async function playMoveWithMouse(page: Page): Promise<string> {
  const side = page.getByRole('complementary', { name: 'Your delegation' });
  const accept = side.getByRole('button', { name: 'Accept', exact: true });
  if (await accept.isVisible()) {
    await accept.click();
    return 'accept';
  }
  const playable = side.getByRole('radio', { name: /playable now/ });
  if ((await playable.count()) > 0) {
    await playable.first().check();
    const action = cardAction(page);
    const name = (await action.textContent()) ?? '';
    await action.click();
    return name;
  }
  await side.getByRole('button', { name: 'Pass', exact: true }).click();
  return 'pass';
}

/** Presses Tab until `target` (or one of the elements it matches) has the focus. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluateAll((nodes) => nodes.some((node) => node === document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

/** Text of the status summary and the log: what must survive a reload. */
export async function tableText(page: Page): Promise<{ status: string; log: string }> {
  return {
    status: (await status(page).textContent()) ?? '',
    log: (await logEntries(page).textContent()) ?? '',
  };
}
