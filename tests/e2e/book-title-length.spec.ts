import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';
import { createBook, openBook } from './support/books-data';
import { addSummaries, THREE_MEETINGS } from './support/library-data';

test.describe.configure({ timeout: 180_000 });

async function storedBook(page: Page, id: string): Promise<{ title: string; subtitle: string }> {
  return page.evaluate(async (bookId) => {
    const r = await window.briefing.books.get({ id: bookId });
    if (!r.ok) throw new Error(r.error.message);
    return { title: r.value.title, subtitle: r.value.subtitle };
  }, id);
}

/** True when the whole element is inside the viewport. */
async function onScreen(page: Page, name: string, role: 'button' | 'region'): Promise<boolean> {
  const box = await page.getByRole(role, { name, exact: true }).boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 1 && box.y + box.height <= size.height + 1;
}

for (const viewport of [
  { width: 1400, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`a 330-character title is refused in words before it is sent; the book still saves (${viewport.width}x${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const ids = await addSummaries(page, THREE_MEETINGS);
    const bookId = await createBook(page, 'Three meetings', ids);
    await openBook(page, 'Three meetings');
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('books') && r.method() === 'POST') requests.push(r.postData() ?? '');
    });

    const long = 'Ministerial meetings of the region and beyond, '.repeat(8).slice(0, 330);
    expect(long).toHaveLength(330);
    const title = page.getByRole('textbox', { name: 'Book title' });
    await title.fill(long);
    await expect(page.getByRole('alert').filter({ hasText: 'This title is 330 characters long; a title can have at most 300.' })).toBeVisible();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/Invalid request/)).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Subtitle' }).fill('For the minister');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    await expect.poll(() => storedBook(page, bookId)).toEqual({ title: 'Three meetings', subtitle: 'For the minister' });
    expect(requests.some((body) => body.includes(long))).toBe(false);

    // Layout intact: the bar's actions and the preview stay on screen.
    expect(await onScreen(page, 'Export PDF', 'button')).toBe(true);
    expect(await page.getByRole('region', { name: 'Preview' }).isVisible()).toBe(true);
    const previewBox = await page.getByRole('region', { name: 'Preview' }).boundingBox();
    expect(previewBox!.x + previewBox!.width).toBeLessThanOrEqual(viewport.width + 1);
    await screenshot(page, `book-title-too-long-${viewport.width}x${viewport.height}`);
    expect(await seriousViolations(page)).toEqual([]);

    // Shortened to 300, it is saved, and the bar still fits.
    await title.fill(long.slice(0, 300));
    await expect(page.getByRole('alert').filter({ hasText: 'This title is' })).toHaveCount(0);
    await expect.poll(async () => (await storedBook(page, bookId)).title).toBe(long.slice(0, 300).trim());
    expect(await onScreen(page, 'Export PDF', 'button')).toBe(true);
  });
}
