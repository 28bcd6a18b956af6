import type { Session, WebContents } from 'electron';
import { isAppUrl } from './web-policies';
import { allowNavigation, allowRequest, windowOpenDecision } from './web-policies';
import { decideDevicePermission, decidePermissionCheck, decidePermissionRequest } from './web-policies';

/**
 * Session-wide guards: the CSP on every response (the page's <meta> tag repeats it),
 * every permission refused, and every request that is not the app's own cancelled.
 */
export function hardenSession(session: Session, log: (line: string) => void): void {
  // Written out as a literal so electronegativity's CSP check evaluates the real policy;
  // tests/shell/policies.test.ts keeps it identical to contentSecurityPolicy().
  session.webRequest.onHeadersReceived((details, callback) => {
    // Only the app's own pages get the policy (DevTools, in development, has its own).
    if (!isAppUrl(details.url)) return callback({ responseHeaders: details.responseHeaders });
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = allowRequest(details.url);
    if (!allowed) log(`blocked request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermissionRequest(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decidePermissionCheck(permission, requestingOrigin));
  session.setDevicePermissionHandler((details) => decideDevicePermission(details.deviceType));
}

/** Per-page guards: no navigation away, no new windows, no <webview>. */
export function hardenWebContents(contents: WebContents, log: (line: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (allowNavigation(url)) return;
    event.preventDefault();
    log(`blocked navigation to ${url.slice(0, 200)}`);
  });
  contents.on('will-redirect', (event, url) => {
    if (allowNavigation(url)) return;
    event.preventDefault();
    log(`blocked redirect to ${url.slice(0, 200)}`);
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked new window for ${url.slice(0, 200)}`);
    return windowOpenDecision(url);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a <webview>');
  });
}
