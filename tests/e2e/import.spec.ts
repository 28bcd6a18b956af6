import { expect, menuCommand, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';

const WIRE = 'tests/fixtures/articles/01-eas-arf-jakarta-wire.txt';
const OSCE = 'tests/fixtures/articles/12-osce-skopje-ministerial.html';
const WIRE_TITLE = /Wang Yi warns outsiders/;

test('import two files with review: edit one, turn down a tag, duplicates and refused files flagged', async ({ page, dialogs, seed }) => {
  test.setTimeout(300_000); // axe runs three times
  // One file is already in the library, one is not a PDF at all.
  const already = seed.text('Foreign ministers of the Quad met in Tokyo on 29 July 2024 to discuss maritime domain awareness.\n', 'quad.txt');
  expect(already).toMatch(/^Added/);
  dialogs.offer('01-eas-arf-jakarta-wire.txt', { path: WIRE });
  dialogs.offer('12-osce-skopje-ministerial.html', { path: OSCE });
  dialogs.offer('quad-again.txt', { content: 'Foreign ministers of the Quad met in Tokyo on 29 July 2024 to discuss maritime domain awareness.\n' });
  dialogs.offer('broken.pdf', { content: 'this is not a PDF file' });
  await page.reload();

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('dialog', { name: 'Import summaries' }).getByRole('button', { name: 'Choose files…' }).click();

  const review = page.getByRole('dialog', { name: 'Review 4 files' });
  await expect(review).toBeVisible();
  const files = review.getByRole('list', { name: 'Files to import' });
  const wire = files.getByRole('listitem', { name: '01-eas-arf-jakarta-wire.txt' });
  const osce = files.getByRole('listitem', { name: '12-osce-skopje-ministerial.html' });
  const duplicate = files.getByRole('listitem', { name: 'quad-again.txt' });
  const refused = files.getByRole('listitem', { name: 'broken.pdf' });

  // What extraction found, with confidence, before anything is written.
  await expect(wire.getByText(WIRE_TITLE)).toBeVisible();
  await expect(wire.getByText('14 July 2023 · Jakarta, Indonesia')).toBeVisible();
  await expect(wire.getByText(/\d+%/).first()).toBeVisible();
  await expect(duplicate.getByText('Duplicate')).toBeVisible();
  await expect(duplicate.getByText(/Already in the library/)).toBeVisible();
  await expect(refused.getByText('Refused')).toBeVisible();
  await expect(refused.locator('.field-error')).toContainText('broken.pdf');
  await expect(review.getByRole('button', { name: 'Import 2 summaries' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `import-review-${scheme}`);
    expect(await seriousViolations(page), `import review (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Edit the title of one, turn down one of its suggested tags.
  await wire.getByRole('button', { name: 'Edit 01-eas-arf-jakarta-wire.txt' }).click();
  await wire.getByLabel('Title').fill('EAS foreign ministers, Jakarta 2023');
  await wire.getByRole('button', { name: 'Done' }).click();
  const reject = wire.getByRole('button', { name: /^Reject / }).first();
  const rejectedName = ((await reject.getAttribute('aria-label')) ?? '').replace(/^Reject /, '');
  await reject.click();
  await expect(wire.getByRole('button', { name: `Keep ${rejectedName}` })).toBeVisible();

  // Skip, then take back, the other.
  await osce.getByRole('button', { name: 'Skip' }).click();
  await expect(review.getByRole('button', { name: 'Import 1 summary' })).toBeVisible();
  await osce.getByRole('button', { name: 'Import' }).click();

  await review.getByRole('button', { name: 'Import 2 summaries' }).click();
  const done = page.getByRole('dialog', { name: 'Import finished' });
  await expect(done.getByText('2 summaries added to the library.')).toBeVisible();
  expect(await seriousViolations(page), 'import finished').toEqual([]);
  await done.getByRole('button', { name: 'Close', exact: true }).click();

  const results = page.getByRole('listbox', { name: 'Results' });
  await expect(results.getByRole('option')).toHaveCount(3);
  await results.getByRole('option').filter({ hasText: 'EAS foreign ministers, Jakarta 2023' }).click();
  const detail = page.getByRole('complementary', { name: 'EAS foreign ministers, Jakarta 2023' });
  await expect(detail.getByRole('button', { name: `Restore ${rejectedName}` })).toBeVisible();
});

test('the File menu opens import; pasted text is reviewed then added', async ({ page }) => {
  await menuCommand(page, 'import-files');
  const dialog = page.getByRole('dialog', { name: 'Import summaries' });
  await expect(dialog).toBeVisible();
  await dialog
    .getByLabel('Or paste a text')
    .fill('BRASÍLIA, 12 March 2025 — The foreign ministers of Brazil and Argentina met in Brasília to discuss trade within Mercosur and energy links.');
  await dialog.getByRole('button', { name: 'Read pasted text' }).click();
  const review = page.getByRole('dialog', { name: 'Review 1 file' });
  await expect(review.getByRole('listitem', { name: 'Pasted text' })).toBeVisible();
  await review.getByRole('button', { name: 'Import 1 summary' }).click();
  await expect(page.getByRole('dialog', { name: 'Import finished' }).getByText('1 summary added to the library.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option')).toHaveCount(1);
});

test('an empty library teaches what to do and loads the sample library', async ({ page }) => {
  test.setTimeout(120_000);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(page.getByText(/Choose Import \(Ctrl\+I\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Load the sample library' }).click();
  await expect(page.getByText(/Added 33 sample summaries/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('33 summaries', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Forum' }).getByRole('checkbox', { name: /ASEAN Regional Forum \(\d+\)/ })).toBeAttached();
});
