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

/**
 * The window never leaves the app. Single-page routing changes only the hash or history,
 * which does not fire will-navigate; anything that does is a link or a script trying to
 * load another document, and only the app's own pages are allowed.
 */
export function allowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** window.open, target=_blank and middle clicks never create windows. */
export function windowOpenDecision(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Which requests the renderer's session may make at all: its own files, inline data and
 * blobs it created, and DevTools. Everything else (http, https, ws, file, ftp...) is
 * cancelled, so no remote content can ever load, whatever the page asks for.
 */
export function allowRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, Math.max(0, url.indexOf(':'))).toLowerCase();
  return scheme === 'data' || scheme === 'blob' || scheme === 'devtools';
}

/**
 * The app needs no browser permission: no camera, microphone, geolocation, notifications,
 * clipboard reads, MIDI, HID, serial, USB, fullscreen requests or external protocols.
 * Every request and every check is refused. Written as functions so tests can call them.
 */
export function decidePermissionRequest(_permission: string, _requestingUrl: string): boolean {
  return false;
}

export function decidePermissionCheck(_permission: string, _requestingOrigin: string): boolean {
  return false;
}

/** Device pickers (HID, serial, USB, Bluetooth) are never granted a device. */
export function decideDevicePermission(_deviceType: string): boolean {
  return false;
}

/** The parts of Electron's IpcMainInvokeEvent the check needs (structural, so tests need no Electron). */
export interface IpcSender {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null | undefined;
}

/**
 * IPC is served only to the app's own top-level page in the app's own window (Electron
 * security checklist item 17). A frame that navigated elsewhere, a subframe, another
 * window's webContents, or a frame already destroyed (senderFrame null) is refused.
 */
export function isTrustedSender(event: IpcSender, appWebContentsId: number | undefined): boolean {
  if (appWebContentsId === undefined || event.sender.id !== appWebContentsId) return false;
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
