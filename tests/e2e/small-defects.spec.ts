import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';
import { createBook, openBook } from './support/books-data';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.describe.configure({ timeout: 120_000 });

const LONG_TITLE = `Ministerial meeting ${'of the region and its partners on security, trade and the climate '.repeat(4)}`.trim();

test('a long title makes a toast of at most three lines', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await addSummaries(page, [{ ...THREE_MEETINGS[0]!, title: LONG_TITLE }]);
  await page.getByRole('listbox', { name: 'Results' }).getByRole('option').first().click();
  await page.getByRole('complementary', { name: LONG_TITLE }).getByRole('button', { name: 'Delete' }).click();
  const message = page.locator('.toast-message').filter({ hasText: /^Deleted “/ });
  await expect(message).toBeVisible();
  const lineHeight = parseFloat(await message.evaluate((el) => getComputedStyle(el).lineHeight));
  const box = await message.boundingBox();
  expect(box!.height).toBeLessThanOrEqual(3 * lineHeight + 1);
  await expect(message).toHaveText(/…”\.$/);
});

test('a bad date in the edit form is explained at the field, which is marked, and Save stays in reach', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await addSummaries(page, THREE_MEETINGS);
  await page.getByRole('listbox', { name: 'Results' }).getByRole('option').first().click();
  await page.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('complementary', { name: 'Edit summary' });
  const date = form.getByRole('textbox', { name: 'Meeting date' });
  await date.fill('26/07/2024');
  await form.getByRole('textbox', { name: 'Text' }).focus(); // far down the form
  await page.keyboard.press('End');
  await expect(form.getByRole('button', { name: 'Save' })).toBeInViewport();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(date).toBeFocused();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/YYYY, YYYY-MM or YYYY-MM-DD/);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `edit-date-error-1024x700-${scheme}`);
    expect(await seriousViolations(page)).toEqual([]);
  }
});

test('Taxonomy says "Choose an actor", and adding an alias it has says so', async ({ page }) => {
  await addSummaries(page, THREE_MEETINGS);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Taxonomy' }).click();
  await page.getByRole('button', { name: 'Actors', exact: true }).click();
  await expect(page.getByText(/^Choose an actor on the left/)).toBeVisible();
  await page.getByRole('region', { name: 'Actors list' }).getByRole('button', { name: /^Sergey Lavrov person/ }).click();
  const alias = page.getByRole('textbox', { name: 'New alias' });
  await alias.fill('S. Lavrov');
  await page.getByRole('button', { name: 'Add alias' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added the alias “S. Lavrov”.' })).toBeVisible();
  await alias.fill('s. lavrov');
  await page.getByRole('button', { name: 'Add alias' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“S. Lavrov” is already an alias of Sergey Lavrov.' })).toBeVisible();
  await alias.fill('sergey LAVROV');
  await page.getByRole('button', { name: 'Add alias' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is this actor’s name already' })).toBeVisible();
});

test('a paste with dozens of forums is flagged as many meetings before it is imported', async ({ page }) => {
  const forums = ['ASEAN Regional Forum', 'East Asia Summit', 'G20', 'G7', 'BRICS', 'NATO', 'African Union', 'OSCE', 'UN Security Council'];
  const text = forums
    .map((f, i) => `${f}: ministers met on ${i + 1} March 2025 to discuss trade, security and the climate. `.repeat(40))
    .join('\n\n');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Or paste a text').fill(text);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  const review = page.getByRole('dialog', { name: 'Review 1 file' });
  await expect(review.getByRole('note')).toContainText(/This looks like many meetings in one text \([\d,]+ characters, \d+ forums/);
  await screenshot(page, 'import-many-meetings-1280x800');
  expect(await seriousViolations(page)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the preview zooms and fits the width at 1024x700 (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ colorScheme: scheme });
    const ids = await addSummaries(page, THREE_MEETINGS);
    await createBook(page, 'Three meetings', ids);
    await openBook(page, 'Three meetings');
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('status')).toHaveText(/\d+ pages · updated/, { timeout: 60_000 });
    const canvas = preview.getByRole('img', { name: /^Page 1 of/ });
    // Narrow: the page list starts hidden, so the page takes the pane's width.
    await expect(preview.getByRole('button', { name: 'Page list' })).toHaveAttribute('aria-pressed', 'false');
    const stage = await preview.getByLabel(/^Page view/).boundingBox();
    await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(stage!.width - 40);
    await screenshot(page, `preview-fit-1024x700-${scheme}`);
    expect(await seriousViolations(page)).toEqual([]);

    await preview.getByRole('button', { name: 'Zoom in' }).click();
    await expect(preview.getByText(/^\d+%$/)).toBeVisible();
    await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(stage!.width);
    await preview.getByRole('button', { name: 'Fit width' }).click();
    await expect(preview.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'true');
    await preview.getByRole('button', { name: 'Page list' }).click();
    await expect(preview.getByRole('navigation', { name: 'Pages' })).toBeVisible();
    await screenshot(page, `preview-pages-1024x700-${scheme}`);
  });
}
