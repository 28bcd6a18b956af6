import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { screenshot, seriousViolations } from './support/axe';
import { REPO_ROOT, startBridgeProcess } from './support/bridge-process';

const SAMPLE = (name: string) => join(REPO_ROOT, 'resources', 'samples', name);
const SHARED = ['01-arf-kuala-lumpur-2025.txt', '05-g20-rio-summit-2024.txt', '07-brics-johannesburg-2023.txt', '10-nato-hague-summit-2025.txt'];
test.use({ librarySeed: SHARED.map((f) => `resources/samples/${f}`) });
test.describe.configure({ timeout: 300_000 });



function summaryCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const result = await window.briefing.library.stats({});
    if (!result.ok) throw new Error(result.error.message);
    return result.value.summaries;
  });
}

test('exports a shared library from one library and imports it into another with preview, then undoes it', async ({ page, dialogs }) => {
  // Library A: export the whole library.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sharing' }).click();
  await expect(page.getByText('No shared library has been imported here yet.')).toBeVisible();
  expect(await seriousViolations(page), 'sharing view').toEqual([]);
  await screenshot(page, 'sharing-view');
  await page.getByRole('button', { name: 'Export shared library...' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export shared library' });
  await expect(exportDialog.getByRole('radio', { name: 'The whole library' })).toBeChecked();
  expect(await seriousViolations(page), 'export dialog').toEqual([]);
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  await expect(exportDialog.getByRole('status')).toContainText('Wrote 4 summaries');
  await exportDialog.getByRole('button', { name: 'Show in folder' }).click();
  await exportDialog.getByRole('button', { name: 'Done' }).click();
  const bundles = dialogs.saved().filter((n) => n.endsWith('.bblib'));
  expect(bundles).toHaveLength(1);
  const bundlePath = dialogs.savedPath(bundles[0]!);

  // Library B: one of the same meetings already there, plus one of its own.
  const other = mkdtempSync(join(tmpdir(), 'bbb-e2e-b-'));
  const otherDialogs = join(other, 'dialogs');
  mkdirSync(join(otherDialogs, 'open'), { recursive: true });
  const otherLibrary = join(other, 'library.sqlite');
  for (const file of [SHARED[0]!, '14-au-summit-addis-2025.txt']) {
    execFileSync(process.execPath, [join(REPO_ROOT, 'bin', 'briefing.cjs'), '--library', otherLibrary, 'add', SAMPLE(file)], {
      cwd: REPO_ROOT,
      env: { ...process.env, BRIEFING_LIBRARY: '' },
      stdio: 'ignore',
    });
  }
  // First a damaged file: refused, in plain words, nothing changed.
  writeFileSync(join(otherDialogs, 'open', 'a-damaged.bblib'), 'This is not a shared library at all.');
  const bridgeB = await startBridgeProcess(['--library', otherLibrary, '--dialog-dir', otherDialogs, '--port', '0']);
  const pageB = await page.context().newPage();
  try {
    await pageB.goto(bridgeB.url);
    await pageB.waitForFunction(() => typeof (window as { briefing?: unknown }).briefing === 'object', undefined, { timeout: 60_000 });
    expect(await summaryCount(pageB)).toBe(2);
    await pageB.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sharing' }).click();

    await pageB.getByRole('button', { name: 'Import shared library...' }).click();
    const importDialog = pageB.getByRole('dialog', { name: 'Import shared library' });
    const refusal = importDialog.getByRole('alert');
    await expect(refusal.getByRole('heading', { name: 'This file can’t be imported' })).toBeVisible();
    await expect(refusal).toContainText('a-damaged.bblib');
    await expect(refusal).toContainText(/nothing (in your library )?was changed/i);
    await screenshot(pageB, 'sharing-refused');
    expect(await seriousViolations(pageB), 'refused import').toEqual([]);
    await importDialog.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await summaryCount(pageB)).toBe(2);

    rmSync(join(otherDialogs, 'open', 'a-damaged.bblib'));
    copyFileSync(bundlePath, join(otherDialogs, 'open', bundles[0]!));
    await pageB.getByRole('button', { name: 'Import shared library...' }).click();
    // The preview: what the file holds and what would change.
    await expect(importDialog.getByText('What would change in your library')).toBeVisible();
    const counts = importDialog.getByRole('list').first();
    await expect(counts.getByRole('listitem').filter({ hasText: /new$/ }).first()).toHaveText(/^3\s*new$/);
    await expect(counts.getByRole('listitem').filter({ hasText: 'identical' })).toHaveText(/^1\s*identical$/);
    await expect(importDialog.getByText(/4 summaries/)).toBeVisible();
    await importDialog.getByRole('radio', { name: /Keep both/ }).check();
    await expect(importDialog.getByText('What would change in your library')).toBeVisible();
    await screenshot(pageB, 'sharing-import-preview');
    expect(await seriousViolations(pageB), 'import preview').toEqual([]);
    await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(importDialog.getByRole('status')).toContainText('3 new summaries');
    await importDialog.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await summaryCount(pageB)).toBe(5);

    // The history lists the import; Undo takes it back.
    const history = pageB.getByRole('table');
    await expect(history.getByRole('row').filter({ hasText: bundles[0]! })).toBeVisible();
    await screenshot(pageB, 'sharing-history');
    await history.getByRole('button', { name: `Undo import of ${bundles[0]}` }).click();
    await expect(history.getByRole('row').filter({ hasText: /Undone/ })).toBeVisible();
    expect(await summaryCount(pageB)).toBe(2);
    expect(readdirSync(otherDialogs)).toContain('open');
  } finally {
    await pageB.close();
    await bridgeB.stop();
    rmSync(other, { recursive: true, force: true });
  }
});
