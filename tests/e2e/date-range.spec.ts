import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.describe.configure({ timeout: 120_000 });

for (const scheme of ['light', 'dark'] as const) {
  test.use({ viewport: { width: 1400, height: 900 } });

  test(`a date range that ends before it starts clears results, counts and Add to book (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await addSummaries(page, THREE_MEETINGS);
    const results = page.getByRole('listbox', { name: 'Results' });
    await expect(results.getByRole('option')).toHaveCount(3);
    await page.getByRole('button', { name: 'Add to book' }).click();
    await page.keyboard.press('Escape');

    await page.getByLabel('Meeting date from').fill('2024-12-31');
    await page.getByLabel('Meeting date to').fill('2024-01-01');
    await expect(page.getByRole('alert').filter({ hasText: '“From” is after “To”' })).toBeVisible();
    await expect(page.getByLabel('Meeting date from')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'ends before it starts' })).toBeVisible();
    await expect(page.getByRole('option').filter({ hasText: 'Lavrov at the ASEAN' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Forum' }).getByRole('checkbox')).toHaveCount(0); // no counts left
    const addToBook = page.getByRole('button', { name: 'Add to book' });
    expect((await addToBook.count()) === 0 || (await addToBook.isDisabled())).toBe(true);
    await screenshot(page, `date-range-error-1400x900-${scheme}`);
    expect(await seriousViolations(page)).toEqual([]);

    // Put right, the results come back.
    await page.getByLabel('Meeting date to').fill('2025-01-01');
    await expect(page.getByRole('alert').filter({ hasText: '“From” is after “To”' })).toHaveCount(0);
    await page.getByLabel('Meeting date from').fill('2024-01-01');
    await expect(results.getByRole('option')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Add to book' })).toBeEnabled();
  });
}
