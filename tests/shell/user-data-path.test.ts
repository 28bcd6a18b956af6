import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE_NAME, PRODUCT_NAME, defaultLibraryPath, userDataDir } from '../../electron/library/open-library';
import { chooseLibraryPath } from '../../electron/shell/current-library';
import pkg from '../../package.json';


/**
 * Electron's userData is <appData>/<app name>, the name being package.json productName;
 * main.ts also sets it to userDataDir() explicitly, so the CLI and the app share one library.
 */
describe('per-user library location', () => {
  it("is Electron's userData for this product on each OS", () => {
    expect(PRODUCT_NAME).toBe(pkg.productName);
    expect(userDataDir('linux', {})).toBe(join(homedir(), '.config', PRODUCT_NAME));
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/xdg' })).toBe(join('/xdg', PRODUCT_NAME));
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toBe(join('C:\\Users\\a\\AppData\\Roaming', PRODUCT_NAME));
    expect(userDataDir('darwin', {})).toBe(join(homedir(), 'Library', 'Application Support', PRODUCT_NAME));
  });

  it('gives the app and the CLI the same default library file', () => {
    const env = { XDG_CONFIG_HOME: '/xdg' };
    const appDefault = chooseLibraryPath(env, {}, join(userDataDir(process.platform, env), LIBRARY_FILE_NAME));
    expect(appDefault).toBe(defaultLibraryPath(env));
    expect(chooseLibraryPath({ BRIEFING_LIBRARY: '/x.sqlite' }, {}, appDefault)).toBe(defaultLibraryPath({ BRIEFING_LIBRARY: '/x.sqlite' }));
  });
});
