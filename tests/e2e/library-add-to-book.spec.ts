import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { addSummaries, THREE_MEETINGS, type TestSummary } from './support/library-data';
import { expect, menuCommand, test } from './fixtures';

test.describe.configure({ timeout: 300_000 });

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

async function createBook(page: Page, title: string): Promise<string> {
  return page.evaluate(async (t) => {
    const r = await window.briefing.books.create({ title: t, classification: 'OFFICIAL' });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.id;
  }, title);
}

test('Add to book from the Library adds the selection to an existing book', async ({ page }) => {
  await addSummaries(page, THREE_MEETINGS);
  await createBook(page, 'Regional security');
  await page.reload();

  const list = page.getByRole('listbox', { name: 'Results' });
  const rows = list.getByRole('option');
  await expect(rows).toHaveCount(THREE_MEETINGS.length);
  const first = (await rows.nth(0).innerText()).split('\n')[0]!;
  const second = (await rows.nth(1).innerText()).split('\n')[0]!;
  const third = (await rows.nth(2).innerText()).split('\n')[0]!;
  await rows.nth(0).click({ modifiers: ['Control'] });
  await rows.nth(1).click({ modifiers: ['Control'] });
  await expect(page.getByText('2 selected')).toBeVisible();
  expect(await seriousViolations(page), 'library with Add to book').toEqual([]);

  await page.getByRole('button', { name: 'Add to book' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add 2 summaries to a book' });
  await expect(dialog.getByRole('button', { name: 'New book…' })).toBeVisible();
  expect(await seriousViolations(page), 'Add to book dialog').toEqual([]);
  await dialog.getByRole('button', { name: /^Regional security/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Added 2 summaries to “Regional security”.')).toBeVisible();

  await views(page).getByRole('button', { name: 'Books' }).click();
  await page.getByRole('button', { name: 'Regional security', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Contents · 2 summaries' })).toBeVisible({ timeout: 30_000 });
  const contents = page.getByRole('region', { name: 'Book contents as printed' });
  await expect(contents.getByRole('button', { name: `Remove “${first}”` })).toBeVisible();
  await expect(contents.getByRole('button', { name: `Remove “${second}”` })).toBeVisible();
  await expect(contents.getByRole('button', { name: `Remove “${third}”` })).toHaveCount(0);
});

test('Add to book › New book… takes every result and opens the builder', async ({ page }) => {
  await addSummaries(page, THREE_MEETINGS);
  await page.getByRole('searchbox', { name: 'Search library' }).fill('ASEAN');
  // The count is the search's own once the results show that text (the search is debounced).
  await expect(page.getByRole('region', { name: 'Results' })).toHaveAttribute('data-query', 'ASEAN');
  const found = page.getByRole('status').filter({ hasText: /summar(y|ies) found/ });
  await expect(found).toBeVisible();
  const count = Number((await found.innerText()).match(/\d+/)![0]);
  expect(count).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Add to book' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'New book…' }).click();
  await expect(page.getByRole('textbox', { name: 'Book title' })).toHaveValue('Briefing: “ASEAN”');
  await expect(page.getByRole('heading', { name: new RegExp(`^Contents · ${count} summar`) })).toBeVisible({ timeout: 30_000 });
});

test('File > Export asks to open a book first, and exports the open book', async ({ page, dialogs }) => {
  await addSummaries(page, THREE_MEETINGS);
  const bookId = await createBook(page, 'Menu export');
  await page.evaluate(async (id) => {
    const s = await window.briefing.library.search({ limit: 10 });
    if (!s.ok) throw new Error(s.error.message);
    const r = await window.briefing.books.addItems({ bookId: id, summaryIds: s.value.hits.map((h) => h.id) });
    if (!r.ok) throw new Error(r.error.message);
  }, bookId);

  await menuCommand(page, 'export');
  await expect(views(page).getByRole('button', { name: 'Books' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Open a book first, then choose Export to write its PDF.')).toBeVisible();
  expect(dialogs.saved()).toEqual([]);

  await page.getByRole('button', { name: 'Menu export', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Contents · 3 summaries' })).toBeVisible({ timeout: 30_000 });
  await menuCommand(page, 'export');
  const dialog = page.getByRole('dialog', { name: 'Export “Menu export”' });
  await expect(dialog.getByRole('button', { name: 'Show in folder' })).toBeVisible({ timeout: 90_000 });
  expect(dialogs.saved().filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
});

/** Many long summaries, so writing the PDF takes long enough to cancel. */
function manySummaries(n: number): TestSummary[] {
  const paragraph = 'Delegations reviewed maritime security, trade facilitation and climate finance at length. '.repeat(40);
  return Array.from({ length: n }, (_, i) => ({
    title: `Working session ${i + 1}`,
    meetingDate: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    body: `Session ${i + 1} of the ministerial week.\n\n${paragraph}\n\n${paragraph}`, // unique: summaries dedupe by content
    keyPoints: ['Ministers agreed to meet again.', 'A joint statement was issued.'],
    forums: [i % 2 ? 'ASEAN Regional Forum' : 'East Asia Summit'],
  }));
}

test('Cancel during an export leaves no PDF in the dialog folder', async ({ page, dialogs }) => {
  await addSummaries(page, manySummaries(150));
  const bookId = await createBook(page, 'Long book');
  await page.evaluate(async (id) => {
    const s = await window.briefing.library.search({ limit: 500 });
    if (!s.ok) throw new Error(s.error.message);
    const r = await window.briefing.books.addItems({ bookId: id, summaryIds: s.value.hits.map((h) => h.id) });
    if (!r.ok) throw new Error(r.error.message);
  }, bookId);

  await views(page).getByRole('button', { name: 'Books' }).click();
  await page.getByRole('button', { name: 'Long book', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Contents · 150 summaries' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export “Long book”' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByText('The export was cancelled; no file was written.')).toBeVisible({ timeout: 90_000 });
  expect(dialogs.saved().filter((f) => f.endsWith('.pdf'))).toEqual([]);
  // The cancelled export left nothing half-written either (no temp file next to where it would go).
  expect(dialogs.saved()).toEqual([]);
});
