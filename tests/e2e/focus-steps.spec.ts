import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createBook, openBook } from './support/books-data';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.describe.configure({ timeout: 120_000 });

const PASTE = 'BRASÍLIA, 12 March 2025 — The foreign ministers of Brazil and Argentina met in Brasília to discuss trade within Mercosur.';

/** What has focus, as role-ish words: never <body>. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? 'none');

test('after "Read pasted text" focus is on the review step\'s heading, and Esc closes at once', async ({ page }) => {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import summaries' });
  await dialog.getByLabel('Or paste a text').fill(PASTE);
  await dialog.getByRole('button', { name: 'Read pasted text' }).click();
  const review = page.getByRole('dialog', { name: 'Review 1 file' });
  await expect(review.getByRole('heading', { name: 'Review 1 file' })).toBeFocused();
  // Back to the first step: focus on its first control.
  await review.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByRole('button', { name: 'Choose files…' })).toBeFocused();
  await dialog.getByLabel('Or paste a text').fill(PASTE);
  await dialog.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(review.getByRole('heading', { name: 'Review 1 file' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Focus returns to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
});

test('after "Choose files…" focus is on the review step\'s heading, and Esc closes at once', async ({ page, dialogs }) => {
  dialogs.offer('brasilia.txt', { content: PASTE });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('dialog', { name: 'Import summaries' }).getByRole('button', { name: 'Choose files…' }).click();
  const review = page.getByRole('dialog', { name: 'Review 1 file' });
  await expect(review.getByRole('heading', { name: 'Review 1 file' })).toBeFocused();
  expect(await focused(page)).toBe('h2');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('after "New book" focus is in the title field with the placeholder title selected', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Books' }).click();
  await page.getByRole('button', { name: 'New book' }).click();
  const title = page.getByRole('textbox', { name: 'Book title' });
  await expect(title).toBeFocused();
  await page.keyboard.type('Mercosur trade');
  await expect(title).toHaveValue('Mercosur trade');
  // Opening an existing book puts focus on its heading.
  await page.getByRole('button', { name: '‹ All books' }).click();
  await page.getByRole('button', { name: 'Mercosur trade', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Mercosur trade' })).toBeFocused();
});

test('Delete on a contents row removes it, keeps focus on the next row and offers Undo', async ({ page }) => {
  const ids = await addSummaries(page, THREE_MEETINGS);
  await createBook(page, 'Three meetings', ids);
  await openBook(page, 'Three meetings');
  const contents = page.getByRole('region', { name: 'Book contents as printed' });
  const rows = contents.locator('[data-focus-key^="item:"]');
  await expect(rows).toHaveCount(3);
  const titles = await rows.locator('.outline-item-title').allInnerTexts();
  await rows.first().focus();
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Contents · 2 summaries' })).toBeVisible();
  await expect(rows.first()).toBeFocused();
  await expect(rows.first()).toContainText(titles[1]!);
  const toast = page.getByRole('status').filter({ hasText: `Removed “${titles[0]}” from the book.` });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(3);
  await expect.poll(() => rows.locator('.outline-item-title').allInnerTexts()).toEqual(titles);
  await expect(rows.filter({ hasText: titles[0]! })).toBeFocused();
});
