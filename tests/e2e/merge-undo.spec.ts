import { expect, test } from './fixtures';
import { everyWay, screenshot } from './support/axe';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.beforeEach(async ({ page }) => {
  await addSummaries(page, THREE_MEETINGS);
  await page.getByRole('button', { name: 'Taxonomy' }).click();
});

test.describe.configure({ timeout: 120_000 });

test('undo a merge from its message: the actor, its alias and its tags come back', async ({ page }) => {
  await page.getByRole('button', { name: 'Actors', exact: true }).click();
  const list = page.getByRole('region', { name: 'Actors list' });
  const details = page.getByRole('region', { name: 'Details' });
  await list.getByRole('button', { name: /^Lavrov person/ }).click();
  await details.getByRole('textbox', { name: 'New alias' }).fill('S. Lavrov');
  await details.getByRole('button', { name: 'Add alias' }).click();
  await expect(details.getByRole('button', { name: 'Remove alias S. Lavrov' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Sergey Lavrov (1)' });
  await page.getByRole('button', { name: 'Merge…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('You can undo it');
  await everyWay(page, 'screen-merge-confirm');
  await page.getByRole('button', { name: 'Merge into Sergey Lavrov' }).click();
  await expect(details.getByText('used in 2 summaries')).toBeVisible();
  await expect(list.getByRole('button', { name: /^Lavrov person/ })).toHaveCount(0);

  const status = page.getByRole('status').filter({ hasText: 'Merged “Lavrov” into “Sergey Lavrov”.' });
  await expect(status.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await screenshot(page, 'screen-merge-undo-toast-1024x700-dark');
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('“Lavrov” is back, with its aliases and tags.')).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Lavrov' })).toBeVisible();
  await expect(details.getByText('used in 1 summary')).toBeVisible();
  await expect(details.getByRole('button', { name: 'Remove alias S. Lavrov' })).toBeVisible();
  await list.getByRole('button', { name: /^Sergey Lavrov/ }).click();
  await expect(details.getByText('used in 1 summary')).toBeVisible();
  await expect(details.getByRole('button', { name: 'Remove alias Lavrov' })).toHaveCount(0);

  // In the library, the meeting is found under Lavrov again.
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('group', { name: 'Actor' }).getByRole('checkbox', { name: /^Lavrov/ }).check();
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option')).toHaveCount(1);
});
