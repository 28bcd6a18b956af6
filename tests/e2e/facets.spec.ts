import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';
import { addSummaries, THREE_MEETINGS, type TestSummary } from './support/library-data';

test.describe.configure({ timeout: 120_000 });

/** Twelve more meetings, each in a forum of its own: more forums than the list shows at once. */
const MORE: TestSummary[] = Array.from({ length: 12 }, (_, i) => ({
  title: `Meeting ${i + 1} of the Forum ${String.fromCharCode(65 + i)}`,
  meetingDate: `2022-0${(i % 9) + 1}-10`,
  body: `Ministers met at the Forum ${String.fromCharCode(65 + i)}.`,
  forums: [`Forum ${String.fromCharCode(65 + i)}`],
}));

test('facets take several values (any of them), and a long list narrows as one types', async ({ page }) => {
  await addSummaries(page, [...THREE_MEETINGS, ...MORE]);
  const results = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
  const count = page.getByRole('status').filter({ hasText: /summar/ }).first();
  await expect(count).toHaveText('15 summaries');
  const forum = page.getByRole('group', { name: 'Forum' });

  // Type to filter instead of scrolling a dropdown of every forum.
  await expect(forum.getByRole('checkbox')).toHaveCount(8);
  await expect(forum.getByText('7 more: type to find them.')).toBeVisible();
  const find = forum.getByRole('searchbox', { name: 'Filter forums' });
  await find.fill('east');
  await expect(forum.getByRole('checkbox')).toHaveCount(1);
  await forum.getByRole('checkbox', { name: 'East Asia Summit (1)' }).check();
  await expect(results).toHaveCount(1);

  // A second value of the same facet: either one (EAS or ARF), and ARF is still offered with its count.
  await find.fill('regional');
  await forum.getByRole('checkbox', { name: 'ASEAN Regional Forum (1)' }).check();
  await expect(results).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('2 summaries found');
  await expect(forum.getByText('No forums match “regional”.')).toBeVisible();
  await find.fill('');
  await expect(forum.getByText(/more: type to find them/)).toBeVisible();

  // Another facet still narrows (AND across facets): Lavrov is in both, Indonesia in one.
  const actor = page.getByRole('group', { name: 'Actor' });
  await actor.getByRole('checkbox', { name: /^Indonesia/ }).check();
  await expect(results).toHaveCount(1);
  await expect(results).toContainText('East Asia Summit foreign ministers');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const viewport of [
      { width: 1400, height: 900 },
      { width: 1024, height: 700 },
    ]) {
      await page.setViewportSize(viewport);
      await screenshot(page, `facets-${viewport.width}x${viewport.height}-${scheme}`);
      expect(await seriousViolations(page)).toEqual([]);
    }
  }

  // Unchecking puts the results back.
  await actor.getByRole('checkbox', { name: /^Indonesia/ }).uncheck();
  await forum.getByRole('checkbox', { name: /^East Asia Summit/ }).uncheck();
  await expect(results).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(count).toHaveText('15 summaries');
});
