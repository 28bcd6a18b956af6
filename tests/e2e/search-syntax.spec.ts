import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.describe.configure({ timeout: 120_000 });

test('OR, -word and "exact phrase" work in the search box, with the syntax shown under it', async ({ page }) => {
  await addSummaries(page, THREE_MEETINGS);
  const box = page.getByRole('searchbox', { name: 'Search library' });
  const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
  const count = page.getByRole('status').filter({ hasText: /found/ });

  await box.fill('Jakarta OR Rio');
  await expect(count).toHaveText('2 summaries found');
  await expect(options.filter({ hasText: 'G20 finance ministers' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'East Asia Summit foreign ministers' })).toHaveCount(1);

  await box.fill('Lavrov -ASEAN');
  await expect(count).toHaveText('1 summary found');
  await expect(options).toHaveText([/East Asia Summit foreign ministers/]);

  await box.fill('"finance ministers"');
  await expect(count).toHaveText('1 summary found');
  await box.fill('"ministers finance"');
  await expect(page.getByRole('heading', { name: 'No summaries match' })).toBeVisible();

  // Only a -word: everything else.
  await box.fill('-Lavrov');
  await expect(count).toHaveText('1 summary found');
  await expect(options).toHaveText([/G20 finance ministers/]);

  // The syntax is shown under the box (and read out with it).
  await expect(box).toHaveAccessibleDescription(/"exact phrase" · Lavrov OR Blinken · -word to leave out/);

  // Syntax characters that are not operators are text, never an error.
  await box.fill('AND ( NEAR * ^ "');
  await expect(page.getByRole('status').filter({ hasText: /syntax|wrong/i })).toHaveCount(0);

  for (const viewport of [
    { width: 1400, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await box.fill('Lavrov OR Brazil');
      await expect(count).toHaveText('3 summaries found');
      await screenshot(page, `search-syntax-${viewport.width}x${viewport.height}-${scheme}`);
      expect(await seriousViolations(page)).toEqual([]);
    }
  }
});

test('searching an empty library says it is empty, not "try fewer words"', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Search library' }).fill('Lavrov');
  await expect(page.getByRole('heading', { name: 'The library is empty' })).toBeVisible();
  await expect(page.getByText(/Try fewer words/)).toHaveCount(0);
});
