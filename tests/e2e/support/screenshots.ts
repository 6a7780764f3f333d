import type { Page } from '@playwright/test';

export const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 600 },
] as const;

/** Saves the page at both sizes into docs/screenshots/<name>-<width>x<height>.png. */
export async function screenshotBothSizes(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // Let the board reflow to the new size before the picture.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `docs/screenshots/${name}-${size.width}x${size.height}.png` });
  }
  if (original) await page.setViewportSize(original);
}
