import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';
import { addSummaries } from './support/library-data';

const ARABIC_TITLE = 'وليّ العهد يستقبل الوفد في الرياض';
const ARABIC_BODY = 'استقبل وليّ العهد مُحَمَّد بن سلمان الوفد الأمريكي في الرياض يوم الثلاثاء، وبحث الجانبان التعاون الإقليمي.';

test('right-to-left and CJK text: found by search, shown in its own direction in list and detail', async ({ page }) => {
  await addSummaries(page, [
    { title: ARABIC_TITLE, body: ARABIC_BODY, meetingDate: '2025-05-13', city: 'Riyadh', country: 'Saudi Arabia' },
    { title: 'Xi receives a delegation', body: '国家主席习近平在人民大会堂会见了外国代表团。The talks covered trade.', meetingDate: '2025-04-02' },
    { title: 'Latin only', body: 'Ministers met in Geneva to discuss trade.' },
  ]);
  const search = page.getByRole('searchbox');
  const results = page.getByRole('listbox', { name: 'Results' });

  // An Arabic name typed without harakat finds the vocalised text.
  await search.fill('محمد');
  await expect(results.getByRole('option')).toHaveCount(1);
  const row = results.getByRole('option').first();
  const rowTitle = row.locator('.result-title');
  await expect(rowTitle).toHaveText(ARABIC_TITLE);
  expect(await rowTitle.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await row.click();
  const detail = page.getByRole('complementary', { name: ARABIC_TITLE });
  const paragraph = detail.locator('.evidence-body p, p').filter({ hasText: 'مُحَمَّد' }).first();
  expect(await paragraph.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `scripts-arabic-${scheme}`);
    expect(await seriousViolations(page), `arabic detail (${scheme})`).toEqual([]);
  }

  // A Chinese name inside a longer run of ideographs.
  await search.fill('习近平');
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option').first()).toContainText('Xi receives a delegation');
  await expect(results.getByRole('option').first().locator('mark')).toHaveText('习近平');
});
