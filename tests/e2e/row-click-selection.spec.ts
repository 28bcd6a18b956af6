import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.describe.configure({ timeout: 120_000 });

test('clicking a row to read it does not select it for Add to book; Ctrl, Shift and the box do', async ({ page }) => {
  await addSummaries(page, THREE_MEETINGS);
  const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
  await expect(options).toHaveCount(3);
  const title = (await options.nth(1).locator('.result-title').innerText()).trim();

  await options.nth(1).click();
  await expect(page.getByRole('complementary', { name: title })).toBeVisible();
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'false');
  await expect(page.getByText(/selected$/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Add to book' }).click();
  await expect(page.getByRole('dialog', { name: 'Add 3 summaries to a book' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Ctrl-click picks one; reading another keeps the pick.
  await options.nth(0).click({ modifiers: ['Control'] });
  await expect(page.getByText('1 selected')).toBeVisible();
  await options.nth(2).click();
  await expect(page.getByText('1 selected')).toBeVisible();
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'false');

  // The row's box toggles it with a plain click (and does not open it).
  const box = await options.nth(2).boundingBox();
  await page.mouse.click(box!.x + 20, box!.y + 20);
  await expect(page.getByText('2 selected')).toBeVisible();
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const viewport of [
      { width: 1400, height: 900 },
      { width: 1024, height: 700 },
    ]) {
      await page.setViewportSize(viewport);
      await screenshot(page, `library-selection-${viewport.width}x${viewport.height}-${scheme}`);
      expect(await seriousViolations(page)).toEqual([]);
    }
  }
  await page.getByRole('button', { name: 'Add to book' }).click();
  await expect(page.getByRole('dialog', { name: 'Add 2 summaries to a book' })).toBeVisible();
});
