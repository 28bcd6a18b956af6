import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';

const SEED = '/work/shared/seeds/000_f3559fb801e34102.txt';
// A page whose metadata names its publisher and day; its dateline has no year.
const PAGE = `<!doctype html><html><head><title>CSTO ministers meet</title>
<meta property="og:site_name" content="Steppe Wire">
<link rel="canonical" href="https://steppe.example.org/2024/10/csto-ministers">
<meta property="article:published_time" content="2024-10-15T09:00:00+05:00">
</head><body><article><h1>CSTO foreign ministers meet in Astana</h1>
<p>ASTANA, Oct 14 - Foreign ministers of the Collective Security Treaty Organization met in Astana on Monday to prepare the November summit, Kazakhstan's foreign ministry said.</p>
<p>The ministers discussed border security in Central Asia, the situation in Afghanistan and joint exercises planned for next year. They adopted statements on countering terrorism and drug trafficking.</p>
</article></body></html>`;

/** Screenshots at both window sizes in light and dark, each axe-clean; ends light at 1024x700. */
async function lookAtEverySize(page: Page, name: string): Promise<void> {
  for (const [w, h] of [[1400, 900], [1024, 700]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `${name}-${w}-${scheme}`);
      expect(await seriousViolations(page), `${name} ${w} ${scheme}`).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('review and detail show why a date and place were chosen; the user picks the primary forum', async ({ page, dialogs }) => {
  test.setTimeout(240_000);
  dialogs.offer('seed.txt', { path: SEED });
  dialogs.offer('csto.html', { content: PAGE });
  await page.reload();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('dialog', { name: 'Import summaries' }).getByRole('button', { name: 'Choose files…' }).click();
  const review = page.getByRole('dialog', { name: 'Review 2 files' });
  const seed = review.getByRole('list', { name: 'Files to import' }).getByRole('listitem', { name: 'seed.txt' });

  // Confidence and the reason in words, before anything is stored.
  await expect(seed.getByText(/^\d+% sure$/).first()).toBeVisible();
  await expect(seed.getByText('primary', { exact: true })).toBeVisible();
  const makePrimary = seed.getByRole('button', { name: /^Make .* the primary forum$/ }).first();
  const chosen = ((await makePrimary.getAttribute('aria-label')) ?? '').replace(/^Make (.*) the primary forum$/, '$1');
  await makePrimary.click();
  await expect(seed.getByRole('button', { name: `Make ${chosen} the primary forum` })).toHaveCount(0);
  await lookAtEverySize(page, 'evidence-review');
  await review.getByRole('button', { name: 'Import 2 summaries' }).click();
  const done = page.getByRole('dialog', { name: 'Import finished' });
  await done.getByRole('button', { name: 'Close', exact: true }).click();

  // The detail keeps the user's primary forum and says why the date is what it is.
  const results = page.getByRole('listbox', { name: 'Results' });
  await results.getByRole('option').filter({ hasText: 'CSTO foreign ministers meet in Astana' }).click();
  const csto = page.getByRole('complementary', { name: 'CSTO foreign ministers meet in Astana' });
  await expect(csto.getByText('14 October 2024', { exact: true })).toBeVisible();
  await expect(csto.getByRole('list', { name: 'Why this date and place' })).toContainText(/Date \d+% sure/);
  const source = csto.locator('.source-details');
  await expect(source).toContainText('Steppe Wire');
  await expect(source).toContainText('15 October 2024');
  await expect(source).toContainText('https://steppe.example.org/2024/10/csto-ministers');
  await expect(source).not.toContainText('csto.html');
  await lookAtEverySize(page, 'evidence-detail');

  await results.getByRole('option').filter({ hasText: /Vientiane|ASEAN|Lavrov/ }).first().click();
  const detail = page.getByRole('complementary').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(detail.locator('.chip-primary')).toContainText(chosen);
  // Another forum can be made primary from the detail, and only one is.
  const other = detail.getByRole('button', { name: /^Make .* the primary forum$/ }).first();
  const next = ((await other.getAttribute('aria-label')) ?? '').replace(/^Make (.*) the primary forum$/, '$1');
  await other.click();
  await expect(detail.locator('.chip-primary')).toHaveCount(1);
  await expect(detail.locator('.chip-primary')).toContainText(next);
  // The file name is shown, labelled as a file, only because nothing else names the source.
  await expect(detail.locator('.source-details')).toContainText('File');
});
