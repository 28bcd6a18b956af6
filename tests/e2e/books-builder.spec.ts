import type { Locator, Page } from '@playwright/test';
import { readPdf } from '../pdf/read-pdf';
import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';

const SAMPLES = [
  '01-arf-kuala-lumpur-2025.txt',
  '02-eas-fmm-kuala-lumpur-2025.txt',
  '03-asean-summit-kuala-lumpur-2025.txt',
  '04-admm-plus-vientiane-2024.txt',
  '05-g20-rio-summit-2024.txt',
  '06-g7-apulia-summit-2024.txt',
  '07-brics-johannesburg-2023.txt',
  '08-brics-rio-2025.txt',
].map((f) => `resources/samples/${f}`);
test.use({ librarySeed: SAMPLES });
// Seeding runs the real CLI once per file (extraction included): slow on a busy machine.
test.describe.configure({ timeout: 300_000 });



/** The cover page as drawn by pdf.js: changes whenever the preview re-renders different content. */
function pageImage(page: Page): Promise<string> {
  return page.getByRole('img', { name: /^Page 1 of \d+$/ }).evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
}

async function groupTitles(contents: Locator): Promise<string[]> {
  return contents.getByRole('heading', { level: 3 }).allInnerTexts();
}

test('builds a book from search results, groups it, reorders it, previews and exports it', async ({ page, dialogs }) => {
  // 1. The library's current results: a search.
  await page.getByRole('searchbox', { name: 'Search library' }).fill('minister');
  await expect(page.getByRole('status').filter({ hasText: /summar(y|ies) found/ })).toBeVisible();
  const found = Number((await page.getByRole('status').filter({ hasText: /found/ }).innerText()).match(/\d+/)![0]);
  expect(found).toBeGreaterThan(2);

  // 2. A new book from those results.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Books' }).click();
  await page.getByRole('button', { name: 'New book' }).click();
  const title = page.getByRole('textbox', { name: 'Book title' });
  await title.fill('Ministerial meetings 2023-2025');
  await expect(page.getByText(`Library results: ${found} summaries`)).toBeVisible();
  await page.getByRole('button', { name: 'Add to book' }).click();
  const contents = page.getByRole('region', { name: 'Book contents as printed' });
  await expect(page.getByRole('heading', { name: `Contents · ${found} summaries` })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('status')).toHaveText(/\d+ pages · updated/, { timeout: 60_000 });
  await expect(preview.getByRole('button', { name: 'Page 2', exact: true })).toBeVisible({ timeout: 30_000 });

  // 3. Group by forum, then theme: forums as level-1 groups, themes nested under them.
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('forum');
  await page.getByRole('combobox', { name: 'Then by' }).selectOption('theme');
  await expect(contents.getByRole('heading', { level: 4 }).first()).toBeVisible();
  const forums = await groupTitles(contents);
  expect(forums.length).toBeGreaterThan(2);

  // 4. Reorder: move the first forum down (button), then move it back with Alt+Up (keyboard).
  await contents.getByRole('button', { name: `Move group “${forums[0]}” down` }).click();
  await expect.poll(() => groupTitles(contents), { timeout: 45_000 }).toEqual([forums[1], forums[0], ...forums.slice(2)]);
  await expect(page.getByRole('combobox', { name: 'Group order' })).toHaveValue('manual');
  await page.keyboard.press('Alt+ArrowUp'); // focus stayed on the moved group's header
  await expect.poll(() => groupTitles(contents), { timeout: 45_000 }).toEqual(forums);

  // ...and an item within its group, with Alt+Down on the focused row.
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('none');
  await expect(contents.getByRole('heading', { level: 3 })).toHaveCount(1);
  const itemTitles = () =>
    contents.getByRole('button', { name: /^Remove “/ }).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')!.replace(/^Remove “|”$/g, '')));
  const before = await itemTitles();
  await contents.getByRole('button', { name: `Move “${before[0]}” down` }).click();
  await expect.poll(itemTitles, { timeout: 45_000 }).toEqual([
    before[1],
    before[0],
    ...before.slice(2),
  ]);
  await expect(page.getByRole('combobox', { name: 'Item order' })).toHaveValue('manual');
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('forum');
  await expect.poll(() => groupTitles(contents), { timeout: 45_000 }).toEqual(forums);

  // 5. The preview follows a change of the cover within about a second.
  await expect(preview.getByRole('status')).toHaveText(/updated/, { timeout: 60_000 });
  const coverBefore = await pageImage(page);
  const changed = Date.now();
  await page.getByRole('textbox', { name: 'Subtitle' }).fill('Prepared for the ASEAN ministerial week');
  await expect.poll(() => pageImage(page), { timeout: 60_000 }).not.toBe(coverBefore);
  test.info().annotations.push({ type: 'preview-latency-ms', description: String(Date.now() - changed) });

  // Jump to a page with a thumbnail and with the page field.
  await preview.getByRole('button', { name: 'Page 3', exact: true }).click();
  await expect(preview.getByRole('img', { name: /^Page 3 of/ })).toBeVisible();
  await preview.getByRole('spinbutton', { name: 'Go to page' }).fill('2');
  await preview.getByRole('spinbutton', { name: 'Go to page' }).press('Enter');
  await expect(preview.getByRole('img', { name: /^Page 2 of/ })).toBeVisible();

  await screenshot(page, 'book-builder-light');
  expect(await seriousViolations(page), 'builder and preview (light)').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'book-builder-dark');
  expect(await seriousViolations(page), 'builder and preview (dark)').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // 6. Export: save dialog (the bridge's folder), progress, then Open / Show in folder.
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: /Export/ });
  await expect(dialog.getByRole('button', { name: 'Show in folder' })).toBeVisible({ timeout: 90_000 });
  await expect(dialog.getByRole('button', { name: 'Open' })).toBeVisible();
  await screenshot(page, 'book-export-done');
  await dialog.getByRole('button', { name: 'Show in folder' }).click();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Done' }).click();

  expect(dialogs.saved()).toContain('Ministerial meetings 2023-2025.pdf');
  const pdf = await readPdf(dialogs.savedPath('Ministerial meetings 2023-2025.pdf'));
  try {
    expect(pdf.pages.length).toBeGreaterThan(1);
    const all = pdf.pages.map((p) => p.text).join('\n');
    expect(pdf.pages[0]!.text).toContain('Ministerial meetings 2023-2025');
    expect(pdf.pages[0]!.text).toContain('Prepared for the ASEAN ministerial week');
    const summaryTitle = (await itemTitles())[0]!;
    expect(all.replace(/\s+/g, ' ')).toContain(summaryTitle.replace(/\s+/g, ' ').slice(0, 40));
    // Every group has a bookmark: sections at the top level, groups listed under "See also" beneath it.
    const bookmarks = pdf.outline.flatMap((o) => [o.title, ...o.children.map((c) => c.title)]);
    for (const forum of forums.filter((f) => f !== 'Other meetings')) expect(bookmarks).toContain(forum);
  } finally {
    await pdf.close();
  }
});
