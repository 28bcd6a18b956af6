import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readPdf } from '../pdf/read-pdf';
import { expect, test } from './fixtures';
import { everyWay } from './support/axe';
import { createBook, openBook } from './support/books-data';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.describe.configure({ timeout: 300_000 });

async function previewPages(page: Page): Promise<number> {
  const text = await page.getByRole('region', { name: 'Preview' }).getByRole('status').innerText();
  const m = /(\d+) pages · updated/.exec(text);
  return m ? Number(m[1]) : -1;
}

test('writes notes for an item and fills the programme; the live preview prints them', async ({ page }, info) => {
  const ids = await addSummaries(page, THREE_MEETINGS);
  const bookId = await createBook(page, 'Vientiane week', ids);
  await openBook(page, 'Vientiane week');
  await expect.poll(() => previewPages(page), { timeout: 60_000 }).toBeGreaterThan(0);
  const before = await previewPages(page);

  // Notes for the first meeting: typed, saved as typed.
  const first = THREE_MEETINGS[0]!.title;
  await page.getByRole('button', { name: `Notes for “${first}”` }).click();
  const dialog = page.getByRole('dialog', { name: `Notes: ${first}` });
  await dialog.getByRole('textbox', { name: 'Why it matters' }).fill('First meeting since the **July** summit.');
  await dialog.getByRole('textbox', { name: 'Points to make' }).fill('- We welcome the *progress*.\n- We ask for a date.');
  await dialog.getByRole('textbox', { name: 'If pressed' }).fill('x'.repeat(6001));
  await expect(dialog.getByText(/If pressed is 6001 characters long; at most 6000/)).toBeVisible();
  await everyWay(page, 'screen-item-notes');
  await dialog.getByRole('textbox', { name: 'If pressed' }).fill('No change in our position.');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // The programme: rows added with the button, filled from the keyboard, one moved up.
  const front = page.getByRole('region', { name: 'Front matter' });
  await front.getByRole('textbox', { name: 'Purpose of the meeting' }).fill('Prepare the Minister for the ARF.');
  const addRow = page.getByRole('button', { name: 'Add programme row' });
  await addRow.click();
  await page.getByRole('textbox', { name: 'Time, row 1' }).fill('10:00');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ARF plenary');
  await page.keyboard.press('Tab');
  await page.keyboard.type('All ministers');
  await page.keyboard.press('Tab');
  await page.keyboard.type('OPEN PRESS');
  await addRow.click();
  await page.getByRole('textbox', { name: 'Time, row 2' }).fill('08:30');
  await page.getByRole('textbox', { name: 'Item, row 2' }).fill('Bilateral with Laos');
  await page.getByRole('combobox', { name: 'Press, row 2' }).fill('CLOSED PRESS');
  await page.getByRole('button', { name: 'Move row 2 up' }).click();
  await expect(page.getByRole('textbox', { name: 'Time, row 1' })).toHaveValue('08:30');

  // The overview adds a page to the preview once saved.
  await expect.poll(() => previewPages(page), { timeout: 60_000 }).toBe(before + 1);
  const goTo = page.getByRole('region', { name: 'Preview' }).getByRole('spinbutton', { name: 'Go to page' });
  await goTo.fill('2');
  await goTo.press('Enter');
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('img', { name: /^Page 2 of/ })).toBeVisible();
  await addRow.scrollIntoViewIfNeeded();
  await everyWay(page, 'screen-front-matter');

  // What the preview shows is what was typed: notes under the item, the programme in its new order.
  const pdfBase64 = await page.evaluate(async (id) => {
    const r = await window.briefing.books.preview({ bookId: id });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.pdfBase64;
  }, bookId);
  const file = info.outputPath('preview.pdf');
  writeFileSync(file, Buffer.from(pdfBase64, 'base64'));
  const pdf = await readPdf(file);
  try {
    const overview = pdf.pages[1]!.text;
    expect(overview).toMatch(/Overview Purpose Prepare the Minister for the ARF\. Programme Time Item Participants Press 08:30 Bilateral with Laos CLOSED PRESS 10:00 ARF plenary All ministers OPEN PRESS/);
    const notesPage = pdf.pages.find((p) => p.text.includes('WHY IT MATTERS'))!;
    expect(notesPage.text).toMatch(/WHY IT MATTERS First meeting since the July summit\. POINTS TO MAKE • We welcome the progress ?\. • We ask for a date\. IF PRESSED No change in our position\./);
  } finally {
    await pdf.close();
  }
});
