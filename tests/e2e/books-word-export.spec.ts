import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';

test.use({ librarySeed: ['resources/samples/01-arf-kuala-lumpur-2025.txt', 'resources/samples/05-g20-rio-summit-2024.txt', 'resources/samples/22-quad-wilmington-2024.txt'] });
test.describe.configure({ timeout: 240_000 });

test('Export Word… writes the open book as a .docx with the marking in its headers', async ({ page, dialogs }) => {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Books' }).click();
  await page.getByRole('button', { name: 'New book' }).click();
  await page.getByRole('textbox', { name: 'Book title' }).fill('Word brief');
  await page.getByRole('button', { name: 'Add to book' }).click();
  await expect(page.getByRole('heading', { name: 'Contents · 3 summaries' })).toBeVisible();

  await page.getByRole('button', { name: 'Export Word…' }).click();
  const dialog = page.getByRole('dialog', { name: /Export “Word brief” to Word/ });
  await expect(dialog.getByRole('status')).toContainText('Exported a Word document', { timeout: 60_000 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `book-export-word-${scheme}`);
    expect(await seriousViolations(page), `Word export done (${scheme})`).toEqual([]);
  }
  await dialog.getByRole('button', { name: 'Done' }).click();

  expect(dialogs.saved()).toContain('Word brief.docx');
  const parts = unzipSync(readFileSync(dialogs.savedPath('Word brief.docx')));
  // The book's marking (a new book's default), in the header of every page.
  expect(strFromU8(parts['word/header1.xml']!)).toMatch(/BriefingMarking"\/><\/w:pPr><w:r><w:t[^>]*>[A-Z]{4,}</);
  const doc = strFromU8(parts['word/document.xml']!);
  expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
  expect(doc).toContain('Word brief');
});
