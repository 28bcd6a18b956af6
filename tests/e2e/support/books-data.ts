import type { Page } from '@playwright/test';

/** Creates a book holding the given summaries through the app's own API; returns its id. */
export async function createBook(page: Page, title: string, summaryIds: string[]): Promise<string> {
  return page.evaluate(
    async ({ title, summaryIds }) => {
      const created = await window.briefing.books.create({ title, classification: 'OFFICIAL' });
      if (!created.ok) throw new Error(created.error.message);
      if (summaryIds.length > 0) {
        const added = await window.briefing.books.addItems({ bookId: created.value.id, summaryIds });
        if (!added.ok) throw new Error(added.error.message);
      }
      return created.value.id;
    },
    { title, summaryIds },
  );
}

/** Opens Books and the book with this title from the list. */
export async function openBook(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Books' }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
}
