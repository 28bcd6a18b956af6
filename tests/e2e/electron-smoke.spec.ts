/**
 * Smoke test of the real desktop app through Playwright's Electron driver: launch, window
 * title, renderer isolation, search the sample library, export a PDF. It needs the Electron
 * runtime and the Electron build of SQLite that `npm start` fetches; where they are absent
 * (offline machines, CI without them) it reports itself skipped and says why.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BriefingApi } from '../../electron/ipc/contracts/api';
import { REPO_ROOT } from './support/bridge-process';

declare global {
  interface Window {
    briefing: BriefingApi;
  }
}

const electronDir = join(REPO_ROOT, 'node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');
const executable = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : undefined;
const abiFile = join(electronDir, 'abi_version');
const abi = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : '?';
const binding = join(REPO_ROOT, 'native', `electron-${abi}`, 'better_sqlite3.node');

function missingPrerequisite(): string | undefined {
  if (!executable || !existsSync(executable)) {
    return 'Electron runtime not installed (node_modules/electron/dist is missing; this machine cannot download it). Run "npm start" on a connected machine.';
  }
  if (!existsSync(binding)) return `Electron build of better-sqlite3 missing (${binding}). Run "npm start" once to make it.`;
  if (!existsSync(join(REPO_ROOT, 'dist', 'electron', 'main.cjs'))) return 'dist/electron/main.cjs missing: run "npm run build".';
  return undefined;
}

test.describe('desktop app (Electron)', () => {
  const reason = missingPrerequisite();
  // The skip annotation carries the reason; say it on the console too, where people look.
  if (reason) process.stderr.write(`electron-smoke.spec.ts skipped: ${reason}\n`);
  test.skip(reason !== undefined, reason ?? '');

  let app: ElectronApplication | undefined;
  let workDir = '';
  test.afterEach(async () => {
    await app?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test('launches, searches the sample library and exports a PDF', async ({}, testInfo) => {
    workDir = mkdtempSync(join(tmpdir(), 'bbb-electron-'));
    app = await electron.launch({
      executablePath: executable!,
      args: [REPO_ROOT],
      cwd: REPO_ROOT,
      env: { ...process.env, BRIEFING_USER_DATA: join(workDir, 'user-data'), BRIEFING_LIBRARY: join(workDir, 'library.sqlite') },
    });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await expect(page).toHaveTitle(/Briefing Book Builder/);
    expect(page.url()).toBe('app://briefing/index.html');

    // Sandboxed, isolated renderer: no Node, only window.briefing.
    expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
    expect(await page.evaluate(() => Object.keys(window.briefing).sort())).toContain('library');
    expect(await page.evaluate(() => window.open('https://example.org/'))).toBeNull();
    const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label.replace('&', '')) ?? []);
    expect(menu).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));

    const loaded = await page.evaluate(() => window.briefing.samples.load({}));
    expect(loaded.ok).toBe(true);
    const found = await page.evaluate(() => window.briefing.library.search({ text: 'Kuala Lumpur', limit: 50 }));
    if (!found.ok) throw new Error(found.error.message);
    expect(found.value.total).toBeGreaterThan(0);

    const pdfPath = join(workDir, 'smoke.pdf');
    const exported = await page.evaluate(
      async ({ ids, path }) => {
        const book = await window.briefing.books.create({ title: 'Smoke test book' });
        if (!book.ok) return book;
        const added = await window.briefing.books.addItems({ bookId: book.value.id, summaryIds: ids });
        if (!added.ok) return added;
        return window.briefing.books.export({ bookId: book.value.id, path });
      },
      { ids: found.value.hits.map((hit) => hit.id), path: pdfPath },
    );
    expect(exported).toMatchObject({ ok: true, value: { status: 'written', path: pdfPath } });
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await testInfo.attach('main.log', { path: join(workDir, 'user-data', 'logs', 'main.log') }).catch(() => {});
  });
});
