import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveNativeBinding } from '../../electron/library/native-binding';
import { tempDir } from '../helpers/temp-library';

const electronVersions = { ...process.versions, electron: '45.5.0', modules: '150' } as NodeJS.ProcessVersions;

describe('native binding resolution', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it("uses better-sqlite3's own build under Node (tests, CLI)", () => {
    expect(resolveNativeBinding({ appRoot: '/repo', env: {}, versions: { ...process.versions, electron: undefined } as unknown as NodeJS.ProcessVersions })).toBeUndefined();
  });

  it('uses native/electron-<abi>/ under Electron, the unpacked copy first in a packaged app', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const appRoot = join(temp.dir, 'app');
    const resources = join(temp.dir, 'resources');
    const dev = join(appRoot, 'native', 'electron-150', 'better_sqlite3.node');
    const packaged = join(resources, 'app.asar.unpacked', 'native', 'electron-150', 'better_sqlite3.node');
    // Nothing built yet: the path `npm start` will build, so the error can name it.
    expect(resolveNativeBinding({ appRoot, env: {}, versions: electronVersions })).toBe(dev);
    mkdirSync(join(dev, '..'), { recursive: true });
    writeFileSync(dev, 'x');
    expect(resolveNativeBinding({ appRoot, env: {}, versions: electronVersions, resourcesPath: resources })).toBe(dev);
    mkdirSync(join(packaged, '..'), { recursive: true });
    writeFileSync(packaged, 'x');
    expect(resolveNativeBinding({ appRoot, env: {}, versions: electronVersions, resourcesPath: resources })).toBe(packaged);
  });

  it('lets BRIEFING_SQLITE_BINDING override everything', () => {
    expect(resolveNativeBinding({ appRoot: '/repo', env: { BRIEFING_SQLITE_BINDING: '/x.node' }, versions: electronVersions })).toBe('/x.node');
  });
});
