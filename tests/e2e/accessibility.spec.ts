import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

async function checkView(page: Page, name: string, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  await screenshot(page, `${name}-${scheme}`);
  expect(await seriousViolations(page), `${name} (${scheme})`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations on any view (${scheme})`, async ({ page }) => {
    test.setTimeout(420_000);
    await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
    await checkView(page, 'empty-library', scheme);

    await addSummaries(page, THREE_MEETINGS);
    const list = page.getByRole('listbox', { name: 'Results' });
    await page.getByRole('searchbox', { name: 'Search library' }).fill('maritime');
    await expect(list.getByRole('option')).toHaveCount(2);
    await list.getByRole('option').nth(1).click({ modifiers: ['Control'] });
    await checkView(page, 'library-search', scheme);

    await page.getByRole('searchbox', { name: 'Search library' }).fill('');
    await expect(list.getByRole('option')).toHaveCount(3);
    await list.getByRole('option').filter({ hasText: 'Lavrov at the ASEAN' }).click();
    const detail = page.getByRole('complementary', { name: 'Lavrov at the ASEAN Regional Forum in Vientiane' });
    await detail.getByRole('button', { name: 'Accept Sergey Lavrov' }).click();
    await detail.getByRole('button', { name: 'Reject Russia' }).click();
    await detail.getByRole('button', { name: 'Accept ASEAN Regional Forum' }).hover();
    await checkView(page, 'summary-detail', scheme);

    await detail.getByRole('button', { name: 'Add actor tag' }).click();
    await detail.getByRole('combobox', { name: 'New actor tag' }).fill('la');
    await checkView(page, 'add-tag', scheme);
    await page.keyboard.press('Escape');

    await detail.getByRole('button', { name: 'Edit' }).click();
    await checkView(page, 'summary-edit', scheme);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('dialog', { name: 'Import summaries' })).toBeVisible();
    await checkView(page, 'import-choose', scheme);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Taxonomy' }).click();
    await page.getByRole('button', { name: 'Actors', exact: true }).click();
    await page.getByRole('region', { name: 'Actors list' }).getByRole('button', { name: /^Lavrov person/ }).click();
    await page.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Sergey Lavrov (1)' });
    await page.getByRole('button', { name: 'Merge…' }).click();
    await checkView(page, 'taxonomy', scheme);
  });
}
