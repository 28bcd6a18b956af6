import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-library';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'audit-electron.mjs');

describe('npm run audit:electron', () => {
  it('fails on a HIGH/MEDIUM finding and names it', () => {
    const temp = tempDir();
    try {
      writeFileSync(
        join(temp.dir, 'bad-main.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
      );
      const run = spawnSync(process.execPath, [SCRIPT, '--input', temp.dir], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/\[FAIL\] MEDIUM\/\w+ SANDBOX_JS_CHECK/);
      expect(run.stdout).toMatch(/\[FAIL\] \w+\/\w+ CONTEXT_ISOLATION_JS_CHECK/);
    } finally {
      temp.cleanup();
    }
  }, 120_000);

  it("passes on the app's own electron/ sources", () => {
    const run = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('[FAIL]');
  }, 120_000);
});
