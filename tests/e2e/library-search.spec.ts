import { expect, test } from './fixtures';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.beforeEach(async ({ page }) => {
  await addSummaries(page, THREE_MEETINGS);
});

test('search shows highlighted results as you type, with the count', async ({ page }) => {
  const results = page.getByRole('listbox', { name: 'Results' });
  await expect(results.getByRole('option')).toHaveCount(3);
  await expect(page.getByText('3 summaries')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search library' }).fill('maritim');
  await expect(results.getByRole('option')).toHaveCount(2);
  await expect(page.getByText('2 summaries found')).toBeVisible();
  // The matched word is marked in the snippet, as text (never HTML).
  await expect(results.locator('mark').first()).toHaveText(/maritime/i);

  await page.getByRole('searchbox', { name: 'Search library' }).fill('billionaires');
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText('G20 finance ministers meet in Rio de Janeiro');
});

test('forum, theme and actor filters show counts and narrow the results', async ({ page }) => {
  const results = page.getByRole('listbox', { name: 'Results' });
  const forum = page.getByRole('group', { name: 'Forum' });
  await expect(forum.getByRole('checkbox', { name: 'ASEAN Regional Forum (1)' })).toBeVisible();

  await forum.getByRole('checkbox', { name: 'ASEAN Regional Forum (1)' }).check();
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText('Lavrov at the ASEAN Regional Forum');

  await forum.getByRole('checkbox', { name: /^ASEAN Regional Forum/ }).uncheck();
  await page.getByRole('group', { name: 'Theme' }).getByRole('checkbox', { name: /^Maritime security & law of the sea/ }).check();
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText('East Asia Summit foreign ministers');

  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByRole('group', { name: 'Actor' }).getByRole('checkbox', { name: /^Brazil/ }).check();
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText('G20');
});

test('date range and sort order', async ({ page }) => {
  const results = page.getByRole('listbox', { name: 'Results' });
  await page.getByLabel('Meeting date from').fill('2024-01-01');
  await expect(results.getByRole('option')).toHaveCount(2);

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('date-asc');
  await expect(results.getByRole('option').first()).toContainText('G20 finance ministers');

  // A range that ends before it starts: the main process's message, in words.
  await page.getByLabel('Meeting date to').fill('2023-01-01');
  await expect(page.getByRole('status').filter({ hasText: 'ends before it starts' })).toBeVisible();
});

test('multi-select with Ctrl-click, Shift-click and Ctrl+A', async ({ page }) => {
  const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
  await options.nth(0).click({ modifiers: ['Control'] });
  await options.nth(2).click({ modifiers: ['Control'] });
  await expect(page.getByText('2 selected')).toBeVisible();
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'false');

  await options.nth(0).click();
  await options.nth(2).click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 selected')).toBeVisible();

  await page.getByRole('listbox', { name: 'Results' }).focus();
  await page.keyboard.press('Escape');
  await options.nth(1).click();
  await page.keyboard.press('Control+a');
  await expect(page.getByText('3 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByText('selected')).toHaveCount(0);
});
