import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Library } from '../../electron/library/open-library';
import { CurrentLibrary } from '../../electron/shell/current-library';
import { createLogger } from '../../electron/shell/logging';
import { chooseLibraryPath, loadSettings, saveSettings } from '../../electron/shell/current-library';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, parseWindowState, saveWindowState } from '../../electron/shell/window-state';
import { tempDir } from '../helpers/temp-library';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('round-trips through its file and falls back to the default on junk', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'nested', 'window-state.json');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    saveWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    writeFileSync(file, '{"width": "big"}');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('not json')).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a position that is on a screen and re-centres one whose monitor is gone', () => {
    expect(fitToDisplays({ x: 100, y: 50, width: 1000, height: 700, maximized: false }, [screen])).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: false });
    expect(fitToDisplays({ x: 2500, y: 50, width: 1000, height: 700, maximized: false }, [screen])).toEqual({ width: 1000, height: 700, maximized: false });
    const twoScreens = [screen, { x: 1920, y: 0, width: 1280, height: 1024 }];
    expect(fitToDisplays({ x: 2500, y: 50, width: 600, height: 700, maximized: false }, twoScreens)).toMatchObject({ x: 2500, y: 50, width: 800 });
  });

  it('never exceeds the largest screen nor goes below the minimum size', () => {
    expect(fitToDisplays({ width: 5000, height: 4000, maximized: false }, [screen])).toEqual({ width: 1920, height: 1080, maximized: false });
    expect(fitToDisplays({ width: 100, height: 100, maximized: false }, [screen])).toEqual({ width: 800, height: 560, maximized: false });
  });
});

describe('settings and the current library', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('remembers the chosen library; BRIEFING_LIBRARY wins over it', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'settings.json');
    expect(loadSettings(file)).toEqual({});
    saveSettings(file, { libraryPath: '/data/other.sqlite' });
    expect(chooseLibraryPath({}, loadSettings(file), '/default.sqlite')).toBe('/data/other.sqlite');
    expect(chooseLibraryPath({ BRIEFING_LIBRARY: '/env.sqlite' }, loadSettings(file), '/default.sqlite')).toBe('/env.sqlite');
    expect(chooseLibraryPath({}, {}, '/default.sqlite')).toBe('/default.sqlite');
  });

  it('closes the old library only after the new one opened', async () => {
    const closed: string[] = [];
    const fake = (path: string) => ({ path, db: {} as Library['db'], close: () => closed.push(path) }) as Library;
    const current = new CurrentLibrary(async (path) => {
      if (path.includes('broken')) throw new Error('damaged');
      return fake(path);
    });
    await current.openFirst('/a.sqlite');
    await expect(current.switchTo('/broken.sqlite')).rejects.toThrow('damaged');
    expect(current.library.path).toBe('/a.sqlite');
    expect(closed).toEqual([]);
    await current.switchTo('/b.sqlite');
    expect(closed).toEqual(['/a.sqlite']);
    current.close();
    current.close();
    expect(closed).toEqual(['/a.sqlite', '/b.sqlite']);
    expect(() => current.library).toThrow();
  });
});

describe('logging', () => {
  it('appends timestamped lines with stacks to logs/main.log', () => {
    const temp = tempDir();
    try {
      const logger = createLogger(join(temp.dir, 'logs'), () => new Date('2026-01-02T03:04:05Z'));
      logger.info('started');
      const original = process.stderr.write;
      process.stderr.write = (() => true) as typeof process.stderr.write;
      try {
        logger.error('Handler failed', new Error('boom'));
      } finally {
        process.stderr.write = original;
      }
      const text = readFileSync(logger.file, 'utf8');
      expect(text).toMatch(/^2026-01-02T03:04:05.000Z INFO started\n2026-01-02T03:04:05.000Z ERROR Handler failed: Error: boom\n\s+at /);
    } finally {
      temp.cleanup();
    }
  });
});
