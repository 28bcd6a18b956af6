import { expect, test } from './fixtures';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.beforeEach(async ({ page }) => {
  await addSummaries(page, THREE_MEETINGS);
  await page.getByRole('button', { name: 'Taxonomy' }).click();
});

test('merge two actors: the alias moves and the tags follow', async ({ page }) => {
  await page.getByRole('button', { name: 'Actors', exact: true }).click();
  const list = page.getByRole('region', { name: 'Actors list' });
  await list.getByRole('button', { name: /^Lavrov person/ }).click();

  await page.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Sergey Lavrov (1)' });
  await page.getByRole('button', { name: 'Merge…' }).click();
  await page.getByRole('button', { name: 'Merge into Sergey Lavrov' }).click();

  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Sergey Lavrov' })).toBeVisible();
  await expect(details.getByText('used in 2 summaries')).toBeVisible();
  await expect(details.getByRole('button', { name: 'Remove alias Lavrov' })).toBeVisible();
  await expect(list.getByRole('button', { name: /^Lavrov person/ })).toHaveCount(0);

  // In the library, both meetings are now found under the one actor.
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('group', { name: 'Actor' }).getByRole('checkbox', { name: /^Sergey Lavrov/ }).check();
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option')).toHaveCount(2);
});

test('rename, aliases, actor type and a user theme', async ({ page }) => {
  const list = page.getByRole('region', { name: 'Forums list' });
  await list.getByRole('button', { name: /^G20/ }).click();
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByLabel('Name').fill('Group of Twenty');
  await details.getByRole('button', { name: 'Rename' }).click();
  await expect(details.getByRole('heading', { name: 'Group of Twenty' })).toBeVisible();
  // The old name stays findable as an alias.
  await expect(details.getByRole('button', { name: 'Remove alias G20' })).toBeVisible();
  await details.getByRole('textbox', { name: 'New alias' }).fill('G-20');
  await details.getByRole('button', { name: 'Add alias' }).click();
  await expect(details.getByRole('button', { name: 'Remove alias G-20' })).toBeVisible();
  await details.getByRole('button', { name: 'Remove alias G-20' }).click();
  await expect(details.getByRole('button', { name: 'Remove alias G-20' })).toHaveCount(0);
  await expect(details.getByRole('button', { name: 'Remove alias G20' })).toBeVisible();

  await page.getByRole('button', { name: 'Actors', exact: true }).click();
  await page.getByRole('region', { name: 'Actors list' }).getByRole('button', { name: /^Brazil/ }).click();
  await details.getByRole('combobox', { name: 'Actor type' }).selectOption('organization');
  await expect(details.getByText('Actor (organization)')).toBeVisible();

  await page.getByRole('button', { name: 'Themes', exact: true }).click();
  await page.getByRole('button', { name: 'New theme' }).click();
  await details.getByLabel('Theme name').fill('Critical minerals');
  await details.getByLabel('Key phrases (one per line)').fill('critical minerals\nrare earths');
  await details.getByRole('button', { name: 'Add theme' }).click();
  await expect(details.getByRole('heading', { name: 'Critical minerals' })).toBeVisible();
  await expect(details.getByLabel('Key phrases (one per line)')).toHaveValue('critical minerals\nrare earths');

  // A clash is refused with the main process's message.
  await page.getByRole('button', { name: 'New theme' }).click();
  await details.getByLabel('Theme name').fill('Critical minerals');
  await details.getByRole('button', { name: 'Add theme' }).click();
  await expect(details.getByRole('alert')).toContainText('already exists');
});
