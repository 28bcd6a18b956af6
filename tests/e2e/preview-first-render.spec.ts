import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createBook, openBook } from './support/books-data';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.describe.configure({ timeout: 180_000 });

interface Pixels {
  width: number;
  height: number;
  data: number[];
}

/** The large page's canvas pixels (RGBA), once the canvas has stopped changing for a moment. */
async function settledPixels(page: Page): Promise<Pixels> {
  const canvas = page.getByRole('img', { name: /^Page \d+ of \d+$/ });
  const read = () =>
    canvas.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const ctx = c.getContext('2d')!;
      return { width: c.width, height: c.height, data: Array.from(ctx.getImageData(0, 0, c.width, c.height).data) };
    });
  let previous = await read();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(300);
    const next = await read();
    if (next.width === previous.width && next.height === previous.height && next.data.every((v, j) => v === previous.data[j])) return next;
    previous = next;
  }
  return previous;
}

/** Share of pixels whose colour differs noticeably (any channel by more than 32). */
function differingShare(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if ([0, 1, 2, 3].some((k) => Math.abs(a.data[i + k]! - b.data[i + k]!) > 32)) differing++;
  }
  return differing / (a.data.length / 4);
}

for (const viewport of [
  { width: 1400, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`the preview's first page on first render matches a second render of it (${viewport.width}x${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const ids = await addSummaries(page, THREE_MEETINGS);
    await createBook(page, 'Three meetings', ids);
    await openBook(page, 'Three meetings');
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('status')).toHaveText(/\d+ pages · updated/, { timeout: 60_000 });
    const first = await settledPixels(page);
    // Page away and back: the page is drawn again from the same document.
    await preview.getByRole('button', { name: 'Next page' }).click();
    await expect(preview.getByRole('img', { name: /^Page 2 of/ })).toBeVisible();
    await settledPixels(page);
    await preview.getByRole('button', { name: 'Previous page' }).click();
    await expect(preview.getByRole('img', { name: /^Page 1 of/ })).toBeVisible();
    const second = await settledPixels(page);
    expect(first.width).toBeGreaterThan(100);
    expect(differingShare(first, second)).toBeLessThan(0.002);
    await expect(preview.getByRole('alert')).toHaveCount(0);
  });
}
