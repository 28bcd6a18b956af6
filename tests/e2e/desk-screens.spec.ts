import { expect, test } from './fixtures';
import { everyWay } from './support/axe';
import { createBook, openBook } from './support/books-data';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.describe.configure({ timeout: 300_000 });

test('changed screens: builder with preview tools and a refused title, detail, review, sharing, taxonomy', async ({ page }) => {
  const ids = await addSummaries(page, THREE_MEETINGS);
  await createBook(page, 'Three meetings', ids);

  await page.getByRole('listbox', { name: 'Results' }).getByRole('option').first().click();
  await page.getByRole('complementary').getByRole('button', { name: /^Accept (?!all suggested)/ }).first().hover();
  await everyWay(page, 'screen-detail-evidence');

  await openBook(page, 'Three meetings');
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('status')).toHaveText(/\d+ pages · updated/, { timeout: 60_000 });
  await page.getByRole('textbox', { name: 'Book title' }).fill('x'.repeat(330));
  await everyWay(page, 'screen-builder');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Or paste a text').fill('JAKARTA, 14 July 2023 — Foreign ministers of the East Asia Summit met in Jakarta.');
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(page.getByRole('heading', { name: 'Review 1 file' })).toBeFocused();
  await everyWay(page, 'screen-import-review');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sharing' }).click();
  await page.getByRole('button', { name: 'Export shared library...' }).click();
  await everyWay(page, 'screen-share-export');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Taxonomy' }).click();
  await page.getByRole('button', { name: 'Actors', exact: true }).click();
  await page.getByRole('region', { name: 'Actors list' }).getByRole('button', { name: /^Sergey Lavrov person/ }).click();
  await page.getByRole('textbox', { name: 'New alias' }).fill('sergey lavrov');
  await page.getByRole('button', { name: 'Add alias' }).click();
  await everyWay(page, 'screen-taxonomy-alias');
});
