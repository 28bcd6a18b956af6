import { expect, test } from './fixtures';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.beforeEach(async ({ page }) => {
  await addSummaries(page, THREE_MEETINGS);
});

async function openSummary(page: import('@playwright/test').Page, title: string) {
  await page.getByRole('listbox', { name: 'Results' }).getByRole('option').filter({ hasText: title }).click();
  const detail = page.getByRole('complementary', { name: title });
  await expect(detail.getByRole('heading', { level: 2, name: title })).toBeVisible();
  return detail;
}

test('open a summary, see its fields, and edit them', async ({ page }) => {
  const detail = await openSummary(page, 'Lavrov at the ASEAN Regional Forum in Vientiane');
  await expect(detail.getByText('27 July 2024 · Vientiane, Laos')).toBeVisible();
  await expect(detail.getByText('Lavrov opposed changes to the forum mandate.')).toBeVisible();
  // The source link is shown as text, never as a link that could open inside the app.
  await expect(detail.getByText('https://example.org/arf-2024')).toBeVisible();
  await expect(detail.getByRole('link')).toHaveCount(0);

  await detail.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('complementary', { name: 'Edit summary' });
  await form.getByLabel('Title').fill('ARF ministerial, Vientiane');
  await form.getByLabel('Meeting date').fill('2024-07-26');
  await form.getByLabel('Notes').fill('Ask the desk about the ferry safety statement.');
  await form.getByLabel('Key points (one per line)').fill('First point\nSecond point');
  await form.getByRole('button', { name: 'Save' }).click();

  const edited = page.getByRole('complementary', { name: 'ARF ministerial, Vientiane' });
  await expect(edited.getByText('26 July 2024 · Vientiane, Laos')).toBeVisible();
  await expect(edited.getByText('Ask the desk about the ferry safety statement.')).toBeVisible();
  await expect(edited.getByRole('listitem').filter({ hasText: 'Second point' })).toBeVisible();
  // The result list follows the edit.
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').filter({ hasText: 'ARF ministerial, Vientiane' })).toBeVisible();

  // A bad date is explained before anything is sent.
  await edited.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('complementary', { name: 'Edit summary' }).getByLabel('Meeting date').fill('26/07/2024');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('YYYY-MM-DD');
});

test('accept and reject suggested tags; add a tag with autocomplete over aliases', async ({ page }) => {
  const detail = await openSummary(page, 'Lavrov at the ASEAN Regional Forum in Vientiane');
  await detail.getByRole('button', { name: 'Accept Sergey Lavrov' }).click();
  await expect(detail.getByRole('button', { name: 'Remove Sergey Lavrov' })).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Accept Sergey Lavrov' })).toHaveCount(0);

  await detail.getByRole('button', { name: 'Reject Russia' }).click();
  await expect(detail.getByRole('button', { name: 'Restore Russia' })).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Remove Russia' })).toHaveCount(0);

  // Decisions persist: reopen after a reload.
  await page.reload();
  const again = await openSummary(page, 'Lavrov at the ASEAN Regional Forum in Vientiane');
  await expect(again.getByRole('button', { name: 'Remove Sergey Lavrov' })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Restore Russia' })).toBeVisible();

  // Hovering a tag marks its evidence in the text.
  await again.getByRole('button', { name: 'Accept ASEAN Regional Forum' }).hover();
  await expect(again.locator('mark.evidence')).toHaveText('ASEAN Regional Forum');

  // Add an actor that exists in the library, found by typing part of its name.
  await again.getByRole('button', { name: 'Add actor tag' }).click();
  await again.getByRole('combobox', { name: 'New actor tag' }).fill('indo');
  await again.getByRole('option', { name: /Indonesia/ }).click();
  await expect(again.getByRole('button', { name: 'Remove Indonesia' })).toBeVisible();
});

test('delete a summary and undo', async ({ page }) => {
  const detail = await openSummary(page, 'G20 finance ministers meet in Rio de Janeiro');
  await detail.getByRole('button', { name: 'Delete' }).click();
  const results = page.getByRole('listbox', { name: 'Results' });
  await expect(results.getByRole('option')).toHaveCount(2);
  await expect(page.getByText('Deleted “G20 finance ministers meet in Rio de Janeiro”.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(results.getByRole('option')).toHaveCount(3);
  await expect(results.getByRole('option').filter({ hasText: 'G20 finance ministers' })).toBeVisible();
});
