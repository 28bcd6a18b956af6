import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Briefing Book Builder';
export const LIBRARY_FILE_NAME = 'library.sqlite';

/**
 * The per-user folder Electron's app.getPath('userData') gives this app on each OS,
 * computed without Electron so the CLI and the app agree on where the library lives.
 */
export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), PRODUCT_NAME);
}

/** --library beats BRIEFING_LIBRARY beats the per-user default. */
export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.BRIEFING_LIBRARY || join(userDataDir(process.platform, env), LIBRARY_FILE_NAME);
}
