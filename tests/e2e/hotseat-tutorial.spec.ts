import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { screenshotBothSizes } from './support/screenshots';
import { debriefTitle, handover, nextScreen, playMoveWithMouse, startGame } from './support/table';

test('two students play the whole tutorial hot-seat with the mouse, hands hidden at every hand-over', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await startGame(page, 'scenario=tutorial&seed=11&seats=us=human,ru=human');
  const side = page.getByRole('complementary', { name: 'Your delegation' });
  let handovers = 0;
  let moves = 0;
  let checkedGameAxe = false;
  for (let step = 0; step < 200; step++) {
    const screen = await nextScreen(page);
    if (screen === 'end') break;
    if (screen === 'handover') {
      handovers += 1;
      // Nothing private is on the page behind the hand-over screen: no hand, no objective.
      await expect(page.getByRole('radio')).toHaveCount(0);
      await expect(side.getByText('Objectives are secret', { exact: false })).toBeAttached();
      await expect(page.locator('#app')).toHaveAttribute('inert', '');
      if (handovers === 1) await expectNoAxeViolations(page);
      await handover(page).getByRole('button').click();
      continue;
    }
    if (!checkedGameAxe) {
      await expectNoAxeViolations(page);
      checkedGameAxe = true;
    }
    await playMoveWithMouse(page);
    moves += 1;
  }
  await expect(debriefTitle(page)).toBeVisible();
  expect(handovers).toBeGreaterThan(3);
  expect(moves).toBeGreaterThan(6);

  // The debrief: scores with their breakdown, both objectives, history, what each side did, charts.
  const scores = page.getByTestId('scores');
  for (const row of ['Issues', 'Objective', 'Treaty status', 'Domestic pressure', 'Total', 'Mandate']) {
    await expect(scores.getByRole('rowheader', { name: row })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Objectives revealed' }).getByRole('listitem')).toHaveCount(
    2,
  );
  await expect(page.getByRole('region', { name: /Beside history/ }).getByRole('table')).toBeVisible();
  await expect(page.getByRole('region', { name: 'What each side did' })).toContainText(
    'United States delegation',
  );
  await expect(page.getByRole('img', { name: /^Tension by round/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothSizes(page, 'end');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the log' }).click();
  expect((await download).suggestedFilename()).toBe('treaty-table-tutorial-seed11-log.txt');
});
