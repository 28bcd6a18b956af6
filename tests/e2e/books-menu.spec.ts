import type { Page } from '@playwright/test';
import { expect, menuCommand, test } from './fixtures';

test.describe.configure({ timeout: 180_000 });

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

async function bookCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const r = await window.briefing.books.list({});
    if (!r.ok) throw new Error(r.error.message);
    return r.value.length;
  });
}

test('File > New book creates exactly one book, and coming back to Books does not repeat it', async ({ page }) => {
  expect(await bookCount(page)).toBe(0);
  await menuCommand(page, 'new-book');
  await expect(page.getByRole('textbox', { name: 'Book title' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => bookCount(page)).toBe(1);

  await views(page).getByRole('button', { name: 'Library' }).click();
  await views(page).getByRole('button', { name: 'Books' }).click();
  await views(page).getByRole('button', { name: 'Library' }).click();
  await views(page).getByRole('button', { name: 'Books' }).click();
  // Give a repeated request the time it would need to reach the library.
  await page.waitForTimeout(1500);
  expect(await bookCount(page)).toBe(1);
});
