import { expect, test } from './fixtures';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test('duplicates a book from the list: the copy opens, is announced, and prints the same summaries', async ({ page }) => {
  const ids = await addSummaries(page, THREE_MEETINGS);
  await page.evaluate(async (summaryIds) => {
    const created = await window.briefing.books.create({ title: 'Indo-Pacific brief', classification: 'SECRET' });
    if (!created.ok) throw new Error(created.error.message);
    const added = await window.briefing.books.addItems({ bookId: created.value.id, summaryIds });
    if (!added.ok) throw new Error(added.error.message);
  }, ids);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Books' }).click();
  const duplicate = page.getByRole('button', { name: 'Duplicate “Indo-Pacific brief”' });
  await duplicate.focus();
  await page.keyboard.press('Enter');

  // The copy opens in the builder, focus on its title, and a toast says what happened.
  const heading = page.getByRole('heading', { level: 2, name: 'Indo-Pacific brief (copy)' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Made “Indo-Pacific brief (copy)”, a copy of “Indo-Pacific brief”' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Contents · 3 summaries' })).toBeVisible();

  // Both books are listed, each with its marking and the three summaries.
  await page.getByRole('button', { name: '‹ All books' }).click();
  const rows = page.getByRole('table', { name: 'Your briefing books' }).getByRole('row');
  for (const title of ['Indo-Pacific brief', 'Indo-Pacific brief (copy)']) {
    const row = rows.filter({ has: page.getByRole('button', { name: title, exact: true }) });
    await expect(row.getByRole('cell').nth(1)).toHaveText('SECRET');
    await expect(row.getByRole('cell').nth(2)).toHaveText('3');
  }
});
