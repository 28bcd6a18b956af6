import { isAppUrl } from './app-origin';

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
