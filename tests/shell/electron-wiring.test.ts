import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../electron/shell/csp';
import { hardenSession, hardenWebContents } from '../../electron/shell/secure-session';
import { tempDir } from '../helpers/temp-library';

type Handler = (request: Request) => Promise<Response>;
const handlers = new Map<string, Handler>();
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: (scheme: string, handler: Handler) => handlers.set(scheme, handler),
  },
}));

describe('app:// protocol handler', () => {
  const temp = tempDir();
  let handle: Handler;

  beforeAll(async () => {
    const renderer = join(temp.dir, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<html><head></head><body><script type="module" src="./assets/app.js"></script></body></html>');
    writeFileSync(join(renderer, 'assets', 'app.js'), 'export {}');
    writeFileSync(join(temp.dir, 'secret.txt'), 'secret');
    const { serveRenderer } = await import('../../electron/shell/app-protocol');
    serveRenderer(renderer);
    handle = handlers.get('app')!;
  });
  afterAll(() => temp.cleanup());

  it('serves the renderer with the CSP header, and a CSP meta tag in index.html', async () => {
    const page = await handle(new Request('app://briefing/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy({ forHeader: true }));
    expect(await page.text()).toContain('http-equiv="Content-Security-Policy"');
    const script = await handle(new Request('app://briefing/assets/app.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers 404 outside the renderer folder, for other hosts and for writes', async () => {
    for (const url of ['app://briefing/../secret.txt', 'app://briefing/%2e%2e/secret.txt', 'app://briefing/assets/%2E%2E/%2e%2e/secret.txt', 'app://other/index.html', 'app://briefing/missing.js']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
    expect((await handle(new Request('app://briefing/index.html', { method: 'POST', body: 'x' }))).status).toBe(404);
  });
});

describe('session and page hardening', () => {
  function fakeSession() {
    const hooks: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      webRequest: {
        onHeadersReceived: (fn: never) => (hooks.headers = fn),
        onBeforeRequest: (fn: never) => (hooks.request = fn),
      },
      setPermissionRequestHandler: (fn: never) => (hooks.permission = fn),
      setPermissionCheckHandler: (fn: never) => (hooks.check = fn),
      setDevicePermissionHandler: (fn: never) => (hooks.device = fn),
    };
    return { session: session as unknown as Session, hooks: hooks as Record<string, (...args: unknown[]) => unknown> };
  }

  it('adds the CSP to app responses, cancels remote requests and refuses permissions', () => {
    const { session, hooks } = fakeSession();
    hardenSession(session, () => {});
    let headers: unknown;
    hooks.headers!({ url: 'app://briefing/index.html', responseHeaders: { a: ['1'] } }, (r: unknown) => (headers = r));
    expect(headers).toEqual({ responseHeaders: { a: ['1'], 'Content-Security-Policy': [contentSecurityPolicy({ forHeader: true })] } });
    hooks.headers!({ url: 'devtools://devtools/x', responseHeaders: { a: ['1'] } }, (r: unknown) => (headers = r));
    expect(headers).toEqual({ responseHeaders: { a: ['1'] } });
    const cancelled: boolean[] = [];
    for (const url of ['https://example.org/x.js', 'app://briefing/assets/app.js']) {
      hooks.request!({ url }, (r: { cancel: boolean }) => cancelled.push(r.cancel));
    }
    expect(cancelled).toEqual([true, false]);
    let granted: unknown;
    hooks.permission!({}, 'media', (g: boolean) => (granted = g), { requestingUrl: 'app://briefing/index.html' });
    expect(granted).toBe(false);
    expect(hooks.check!({}, 'clipboard-read', 'app://briefing')).toBe(false);
  });

  it('prevents navigation away, new windows and <webview>', () => {
    const events: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
    let openHandler: ((details: { url: string }) => unknown) | undefined;
    const contents = {
      on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => (events[name] = fn),
      setWindowOpenHandler: (fn: (details: { url: string }) => unknown) => (openHandler = fn),
    } as unknown as WebContents;
    hardenWebContents(contents, () => {});
    const prevented = (name: string, url?: string) => {
      let stopped = false;
      events[name]!({ preventDefault: () => (stopped = true) }, url);
      return stopped;
    };
    expect(prevented('will-navigate', 'https://example.org/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'app://briefing/index.html')).toBe(false);
    expect(prevented('will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });
});
