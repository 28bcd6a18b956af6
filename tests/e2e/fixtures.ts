/**
 * The one set of Playwright fixtures for the renderer's end-to-end tests. Each test gets:
 * - `workspace`: a fresh temp folder with the library file and the dialog folder;
 * - `seed`: helpers that add summaries to that library through the real CLI;
 * - `dialogs`: the stand-in for OS dialogs (files to "open", files that were "saved");
 * - `bridge`: `node dist/bridge.cjs` serving the built renderer over that library, killed
 *   on teardown with its log attached to the test;
 * - `page`: Chromium at the app, `window.briefing` ready.
 *
 * Seed before the page loads with `test.use({ librarySeed: ['tests/fixtures/articles/x.txt'] })`,
 * or call `seed.*` in the test and then `await page.reload()`.
 *
 * @example
 * import { test, expect } from './fixtures';
 * test.use({ librarySeed: ['tests/fixtures/articles/01-eas-arf-jakarta-wire.txt'] });
 * test('finds it', async ({ page }) => { await page.getByRole('searchbox').fill('Jakarta'); ... });
 */
import { test as base, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { REPO_ROOT, startBridgeProcess, type BridgeProcess } from './support/bridge-process';

export { expect };

export interface Workspace {
  dir: string;
  libraryPath: string;
  dialogDir: string;
}

export interface Seeder {
  /** Adds a file (path relative to the repo root, or absolute) with `briefing add`; returns the CLI's stdout. */
  file(path: string): string;
  /** Imports several files in one `briefing import` run (one process: much faster than file() in a loop). */
  files(paths: string[]): string;
  /** Adds a summary from text (written to a temp .txt file first). */
  text(content: string, fileName?: string): string;
  /** Runs any `briefing` command against this test's library; returns stdout, throws with stderr on failure. */
  cli(...args: string[]): string;
}

export interface DialogFolder {
  dir: string;
  /** Makes a file appear in the next "open" dialog (copied from `source`, or written from `content`). */
  offer(name: string, source: { path: string } | { content: string | Buffer }): string;
  /** Where a "save" dialog suggesting `name` writes. */
  savedPath(name: string): string;
  /** Names of files the app saved through the dialog. */
  saved(): string[];
}

interface Fixtures {
  librarySeed: string[];
  workspace: Workspace;
  seed: Seeder;
  dialogs: DialogFolder;
  bridge: BridgeProcess;
  page: Page;
}

const BIN = join(REPO_ROOT, 'bin', 'briefing.cjs');

export const test = base.extend<Fixtures>({
  librarySeed: [[], { option: true }],

  workspace: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'bbb-e2e-'));
    const dialogDir = join(dir, 'dialogs');
    mkdirSync(join(dialogDir, 'open'), { recursive: true });
    await use({ dir, libraryPath: join(dir, 'library.sqlite'), dialogDir });
    rmSync(dir, { recursive: true, force: true });
  },

  seed: async ({ workspace }, use) => {
    const cli = (...args: string[]) => {
      try {
        return execFileSync(process.execPath, [BIN, '--library', workspace.libraryPath, ...args], {
          cwd: REPO_ROOT,
          encoding: 'utf8',
          env: { ...process.env, BRIEFING_LIBRARY: '' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch (error) {
        const failed = error as { stderr?: string; status?: number };
        throw new Error(`briefing ${args.join(' ')} failed (exit ${failed.status}): ${failed.stderr ?? String(error)}`, { cause: error });
      }
    };
    let counter = 0;
    await use({
      cli,
      file: (path) => cli('add', isAbsolute(path) ? path : join(REPO_ROOT, path)),
      files: (paths) => cli('import', ...paths.map((path) => (isAbsolute(path) ? path : join(REPO_ROOT, path)))),
      text: (content, fileName) => {
        const path = join(workspace.dir, fileName ?? `seed-${++counter}.txt`);
        writeFileSync(path, content);
        return cli('add', path);
      },
    });
  },

  dialogs: async ({ workspace }, use) => {
    const dir = workspace.dialogDir;
    await use({
      dir,
      offer(name, source) {
        const target = join(dir, 'open', basename(name));
        if ('path' in source) copyFileSync(isAbsolute(source.path) ? source.path : join(REPO_ROOT, source.path), target);
        else writeFileSync(target, source.content);
        return target;
      },
      savedPath: (name) => join(dir, basename(name)),
      saved: () => readdirSync(dir).filter((name) => name !== 'open'),
    });
  },

  bridge: async ({ workspace, seed, librarySeed }, use, testInfo) => {
    if (librarySeed.length > 0) seed.files(librarySeed);
    const bridge = await startBridgeProcess([
      '--library',
      workspace.libraryPath,
      '--dialog-dir',
      workspace.dialogDir,
      '--port',
      '0',
    ]);
    try {
      await use(bridge);
    } finally {
      await bridge.stop();
      await testInfo.attach('bridge.log', { body: bridge.log() || '(empty)', contentType: 'text/plain' });
    }
  },

  page: async ({ page, bridge }, use, testInfo) => {
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
    await page.goto(bridge.url);
    await page.waitForFunction(() => typeof (window as { briefing?: unknown }).briefing === 'object', undefined, { timeout: 30_000 });
    await use(page);
    if (consoleLines.length > 0) {
      await testInfo.attach('browser-console.log', { body: consoleLines.join('\n'), contentType: 'text/plain' });
    }
  },
});

/** Sends an application-menu command (what File > New book... does in Electron). */
export async function menuCommand(page: Page, command: 'new-book' | 'import-files' | 'import-bundle' | 'export'): Promise<void> {
  const status = await page.evaluate(async (cmd) => {
    const response = await fetch('/__bridge/menu', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ command: cmd }),
    });
    return response.status;
  }, command);
  expect(status).toBe(204);
}

/** True when the repo has a built renderer to test (vite build ran). */
export function rendererBuilt(): boolean {
  return existsSync(join(REPO_ROOT, 'dist', 'renderer', 'index.html'));
}
