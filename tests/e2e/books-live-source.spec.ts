import { expect, test } from './fixtures';

test.use({
  librarySeed: ['05-g20-rio-summit-2024.txt', '06-g7-apulia-summit-2024.txt', '07-brics-johannesburg-2023.txt'].map((f) => `resources/samples/${f}`),
});
test.describe.configure({ timeout: 300_000 });

test('a saved search is a live source, and groups move by drag and drop', async ({ page, seed }) => {
  await page.getByRole('searchbox', { name: 'Search library' }).fill('summit');
  await expect(page.getByRole('status').filter({ hasText: /found/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Books' }).click();
  await page.getByRole('button', { name: 'New book' }).click();
  await page.getByRole('textbox', { name: 'Book title' }).fill('Summits');
  await page.getByRole('button', { name: 'Save search as live source' }).click();
  await expect(page.getByText('Live source', { exact: true })).toBeVisible();
  const contents = page.getByRole('region', { name: 'Book contents as printed' });
  const groups = () => contents.getByRole('heading', { level: 3 }).allInnerTexts();
  await expect.poll(groups, { timeout: 45_000 }).toHaveLength(3);
  // Live items are listed (not chosen by hand, so they carry no Remove button).
  await expect(contents.getByRole('button', { name: /^Remove “/ })).toHaveCount(0);

  // Drag the last forum onto the first: it moves to the top, and the order becomes manual.
  const before = await groups();
  await contents.getByRole('heading', { level: 3, name: before[2] }).dragTo(contents.getByRole('heading', { level: 3, name: before[0] }), {
    targetPosition: { x: 5, y: 2 },
  });
  await expect.poll(groups, { timeout: 45_000 }).toEqual([before[2], before[0], before[1]]);
  await expect(page.getByRole('combobox', { name: 'Group order' })).toHaveValue('manual');

  // A summary added to the library later joins the book through its live source.
  seed.text('Leaders met at the G20 summit in Johannesburg on 22 November 2025 to discuss debt relief.\n', 'g20-2025.txt');
  await page.getByRole('button', { name: '‹ All books' }).click();
  await expect(page.getByRole('cell', { name: /live search/ })).toBeVisible();
  await page.getByRole('button', { name: 'Summits', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Contents · 4 summaries' })).toBeVisible({ timeout: 45_000 });
});
