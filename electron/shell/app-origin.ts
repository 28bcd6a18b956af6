/**
 * The renderer is served from a custom protocol, never file:// (Electron security checklist
 * item 18): app://briefing/ is an origin of its own, so the CSP's 'self', the IPC sender
 * check and the navigation policy can all name it exactly.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'briefing';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of the app's own origin (and nothing that merely starts with the same text). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // Chromium lower-cases standard-scheme hosts; Node's URL does not for custom schemes.
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
