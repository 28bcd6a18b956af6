import { expect, test } from './fixtures';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

const TITLE = 'Lavrov at the ASEAN Regional Forum in Vientiane';

test('Accept all accepts every suggested tag of the summary in one step, and keeps focus in the tags', async ({ page }) => {
  await addSummaries(page, THREE_MEETINGS);
  await page.getByRole('listbox', { name: 'Results' }).getByRole('option').filter({ hasText: TITLE }).click();
  const detail = page.getByRole('complementary', { name: TITLE });
  const tags = detail.getByRole('region', { name: 'Tags' });
  const singleAccepts = tags.getByRole('button', { name: /^Accept (?!all)/ });
  const suggested = await singleAccepts.count();
  expect(suggested).toBeGreaterThan(1);

  const acceptAll = tags.getByRole('button', { name: `Accept all suggested (${suggested})` });
  await acceptAll.focus();
  await page.keyboard.press('Enter');

  await expect(singleAccepts).toHaveCount(0);
  await expect(acceptAll).toHaveCount(0);
  const done = tags.getByRole('status');
  await expect(done).toHaveText(`Accepted all ${suggested} suggested tags.`);
  await expect(done).toBeFocused();
  await expect(tags.getByRole('button', { name: 'Remove Sergey Lavrov' })).toBeVisible();

  // Stored: after a reload nothing is left to accept, and the button is not offered.
  await page.reload();
  await page.getByRole('listbox', { name: 'Results' }).getByRole('option').filter({ hasText: TITLE }).click();
  const again = page.getByRole('complementary', { name: TITLE }).getByRole('region', { name: 'Tags' });
  await expect(again.getByRole('button', { name: 'Remove Sergey Lavrov' })).toBeVisible();
  await expect(again.getByRole('button', { name: /^Accept/ })).toHaveCount(0);
});
