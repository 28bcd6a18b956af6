import { expect, test } from './fixtures';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.beforeEach(async ({ page }) => {
  await addSummaries(page, THREE_MEETINGS);
});

test('the library works from the keyboard alone, with visible focus', async ({ page }) => {
  const search = page.getByRole('searchbox', { name: 'Search library' });
  const list = page.getByRole('listbox', { name: 'Results' });
  await expect(list.getByRole('option')).toHaveCount(3);

  await page.getByRole('button', { name: 'Taxonomy' }).focus();
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();

  // Down from the search field into the results; arrows move the cursor.
  await page.keyboard.press('ArrowDown');
  await expect(list).toBeFocused();
  await expect(list).toHaveAttribute('aria-activedescendant', 'result-0');
  await page.keyboard.press('ArrowDown');
  await expect(list).toHaveAttribute('aria-activedescendant', 'result-1');
  const second = list.getByRole('option').nth(1);
  // Moving the cursor to read a row does not select it (Shift, Space or Ctrl+A do).
  await expect(second).toHaveAttribute('aria-selected', 'false');
  await expect(second).toHaveCSS('outline-style', 'solid');

  // Enter opens, Esc closes and gives focus back to the list.
  const title = (await second.locator('.result-title').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: title })).toHaveCount(0);
  await expect(list).toBeFocused();

  // Shift+arrow extends the selection; End goes to the last row.
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(list).toHaveAttribute('aria-activedescendant', 'result-0');

  // Ctrl+I opens the import dialog, Esc closes it and focus returns.
  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: 'Import summaries' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Choose files…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(list).toBeFocused();
});

test('Tab reaches every control of the summary detail with a visible focus ring', async ({ page }) => {
  await page.getByRole('listbox', { name: 'Results' }).focus();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('complementary').filter({ has: page.getByRole('button', { name: 'Edit' }) });
  await detail.getByRole('button', { name: 'Edit' }).focus();
  await page.keyboard.press('Tab');
  await expect(detail.getByRole('button', { name: 'Delete' })).toBeFocused();
  await expect(detail.getByRole('button', { name: 'Delete' })).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  // The summary has suggestions: Accept all comes first in the tag area.
  await expect(detail.getByRole('button', { name: /^Accept all suggested \(\d+\)$/ })).toBeFocused();
  await expect(detail.getByRole('button', { name: /^Accept all suggested/ })).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Tab');
  await expect(detail.getByRole('button', { name: 'Add forum tag' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(detail.getByRole('combobox', { name: 'New forum tag' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detail.getByRole('combobox', { name: 'New forum tag' })).toHaveCount(0);
});
