import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-library';

const ROOT = join(__dirname, '..', '..');
const ELECTRON = join(ROOT, 'node_modules', 'electron');
const runtimePresent =
  existsSync(join(ELECTRON, 'path.txt')) && existsSync(join(ELECTRON, 'dist', readFileSync(join(ELECTRON, 'path.txt'), 'utf8').trim()));

describe('npm start without the Electron runtime', () => {
  it.skipIf(runtimePresent)('stops with a short message saying what is missing, why and what to do, and exit 1', () => {
    const cache = tempDir();
    try {
      // An unreachable mirror and an empty cache make the download fail here and on connected machines alike.
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--skip-build', '--prepare-only'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache.dir },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('npm start: The Electron runtime is not installed and could not be downloaded.');
      expect(run.stderr).toMatch(/Why: .+/);
      expect(run.stderr).toMatch(/What to do: .+npm start/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(6);
      expect(existsSync(join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    } finally {
      cache.cleanup();
    }
  }, 120_000);
});
