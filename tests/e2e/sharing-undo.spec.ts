import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';
import { REPO_ROOT } from './support/bridge-process';
import { createBook } from './support/books-data';

test.describe.configure({ timeout: 240_000 });

const BIN = join(REPO_ROOT, 'bin', 'briefing.cjs');
const TEXTS = [
  'VIENTIANE, 27 July 2024 — Russian Foreign Minister Sergey Lavrov attended the ASEAN Regional Forum in Vientiane.',
  'RIO DE JANEIRO, 26 July 2024 — The G20 finance ministers discussed a global minimum tax on billionaires.',
  'JAKARTA, 14 July 2023 — Foreign ministers of the East Asia Summit met in Jakarta on maritime security.',
  'BRASÍLIA, 12 March 2025 — The foreign ministers of Brazil and Argentina met in Brasília to discuss trade within Mercosur.',
];

/** A shared library of the first `count` texts, made with the CLI in a library of its own. */
function makeBundle(dir: string, count: number): string {
  const library = join(dir, `colleague-${count}.sqlite`);
  const run = (...args: string[]) =>
    execFileSync(process.execPath, [BIN, '--library', library, ...args], { cwd: REPO_ROOT, env: { ...process.env, BRIEFING_LIBRARY: '', BRIEFING_USER: 'colleague' }, encoding: 'utf8' });
  TEXTS.slice(0, count).forEach((text, i) => {
    writeFileSync(join(dir, `m${i}.txt`), `${text}\n`);
    run('add', join(dir, `m${i}.txt`));
  });
  const out = join(dir, `colleague-${count}.bblib`);
  run('bundle', 'export', '--out', out);
  return out;
}

async function importOffered(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import shared library...' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import shared library' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
}

test('undoing an import says how many book items it removes; repeated imports are told apart', async ({ page, dialogs }) => {
  const dir = mkdtempSync(join(tmpdir(), 'bbb-e2e-share-'));
  try {
    // The colleague sends "colleague-week.bblib" twice: this week's has one more summary.
    dialogs.offer('colleague-week.bblib', { path: makeBundle(dir, 3) });
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sharing' }).click();
    await importOffered(page);
    dialogs.offer('colleague-week.bblib', { path: makeBundle(dir, 4) });
    await importOffered(page);

    const history = page.getByRole('table');
    const rows = history.getByRole('row').filter({ hasText: 'colleague-week.bblib' });
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('import 2 of 2');
    await expect(rows.nth(0)).toContainText('1 new, 3 already here');
    await expect(rows.nth(1)).toContainText('import 1 of 2');
    await expect(rows.nth(1)).toContainText('3 new');

    // A book of mine holds the imported summaries.
    const ids = await page.evaluate(async () => {
      const r = await window.briefing.library.search({ limit: 10 });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.hits.map((h) => h.id);
    });
    await createBook(page, 'My week', ids);

    await page.setViewportSize({ width: 1400, height: 900 });
    await rows.nth(0).getByRole('button', { name: /^Undo import of/ }).click();
    await rows.nth(1).getByRole('button', { name: /^Undo import of/ }).click();
    const toast = page.getByRole('status').filter({ hasText: 'Undid the import of “colleague-week.bblib”: 3 summaries removed' });
    await expect(toast).toContainText('3 summaries were also taken out of 1 book.');
    await screenshot(page, 'sharing-undo-1400x900');
    expect(await seriousViolations(page)).toEqual([]);
    await expect(page.getByText(/[0-9a-f]{8}-[0-9a-f]{4}-/)).toHaveCount(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('"Shared by" is the name given when exporting, not the computer\'s user name', async ({ page, dialogs, seed }) => {
  seed.text(`${TEXTS[0]}\n`, 'arf.txt');
  await page.reload();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sharing' }).click();
  await page.getByRole('button', { name: 'Export shared library...' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export shared library' });
  await dialog.getByRole('textbox', { name: 'Your name, as colleagues will see it' }).fill('A. Diplomat, Political section');
  await screenshot(page, 'sharing-export-name-1280x800');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('status')).toContainText('Wrote 1 summary,');
  await dialog.getByRole('button', { name: 'Done' }).click();
  const saved = dialogs.saved().find((n) => n.endsWith('.bblib'))!;
  expect(seed.cli('bundle', 'inspect', dialogs.savedPath(saved))).toContain('Exported by A. Diplomat, Political section');

  // Remembered for the next export.
  await page.getByRole('button', { name: 'Export shared library...' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Your name, as colleagues will see it' })).toHaveValue('A. Diplomat, Political section');
});
