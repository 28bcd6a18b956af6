import { request as httpRequest } from 'node:http';
import type { BriefingApi } from '../../electron/ipc/contracts/api';
import { expect, menuCommand, test } from './fixtures';

declare global {
  interface Window {
    briefing: BriefingApi;
  }
}

/** A raw HTTP request (no cookie jar, any Host header) to the bridge. */
function rawRequest(
  origin: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<number> {
  const url = new URL(path, origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const ROUTES: Array<{ method: string; path: string; json?: boolean }> = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/index.html' },
  { method: 'GET', path: '/assets/anything.js' },
  { method: 'GET', path: '/__bridge/client.js' },
  { method: 'GET', path: '/events' },
  { method: 'GET', path: '/no/such/page' },
  { method: 'POST', path: '/ipc/library:search', json: true },
  { method: 'POST', path: '/ipc/library:delete', json: true },
  { method: 'POST', path: '/__bridge/menu', json: true },
  { method: 'PUT', path: '/' },
];

test.describe('test bridge access control', () => {
  test('every route answers 401 without the token, or with a wrong one', async ({ bridge }) => {
    for (const route of ROUTES) {
      const attempts: Array<Record<string, string>> = [{}, { 'x-bridge-token': 'wrong' }, { cookie: 'bridge_token=wrong' }];
      for (const headers of attempts) {
        const status = await rawRequest(bridge.origin, route.path, {
          method: route.method,
          headers: { ...headers, ...(route.json ? { 'content-type': 'application/json' } : {}) },
          body: route.json ? '{"request":{}}' : undefined,
        });
        expect(status, `${route.method} ${route.path} ${JSON.stringify(headers)}`).toBe(401);
      }
    }
    const wrongQuery = await rawRequest(bridge.origin, '/?token=0000');
    expect(wrongQuery).toBe(401);
  });

  test('a foreign Host or Origin header is refused even with the token', async ({ bridge }) => {
    const port = new URL(bridge.origin).port;
    const token = { 'x-bridge-token': bridge.token };
    expect(await rawRequest(bridge.origin, '/', { headers: { ...token, host: `evil.example:${port}` } })).toBe(403);
    expect(await rawRequest(bridge.origin, '/', { headers: { ...token, host: 'evil.example' } })).toBe(403);
    expect(await rawRequest(bridge.origin, `/?token=${bridge.token}`, { headers: { host: `rebound.example:${port}` } })).toBe(403);
    const crossSite = await rawRequest(bridge.origin, '/ipc/library:search', {
      method: 'POST',
      headers: { ...token, origin: 'http://evil.example', 'content-type': 'application/json' },
      body: '{"request":{}}',
    });
    expect(crossSite).toBe(403);
    // The same request from the bridge's own origin is served, so the refusals above are about the headers.
    const own = await rawRequest(bridge.origin, '/ipc/library:search', {
      method: 'POST',
      headers: { ...token, origin: bridge.origin, 'content-type': 'application/json' },
      body: '{"request":{}}',
    });
    expect(own).toBe(200);
  });
});

test.describe('renderer through the bridge', () => {
  test.use({ librarySeed: ['tests/fixtures/articles/01-eas-arf-jakarta-wire.txt'] });

  test('loads the app with window.briefing and a search round-trips', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.reload();
    await expect(page).toHaveTitle(/Briefing Book Builder/);
    await expect(page.locator('#root > *').first()).toBeVisible();
    // The token left the address bar for an HttpOnly cookie that scripts cannot read.
    expect(page.url()).not.toContain('token=');
    expect(await page.evaluate(() => document.cookie)).toBe('');

    const found = await page.evaluate(() => window.briefing.library.search({ text: 'Jakarta' }));
    if (!found.ok) throw new Error(`search failed: ${found.error.code} ${found.error.message}`);
    expect(found.value.total).toBe(1);
    const missing = await page.evaluate(() => window.briefing.library.search({ text: 'zzzunfindablezzz' }));
    expect(missing.ok && missing.value.total).toBe(0);
    const refused = await page.evaluate(() => window.briefing.library.get({ id: '' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(errors).toEqual([]);
  });

  test('events reach window.briefing.on over server-sent events', async ({ page }) => {
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      window.briefing.on('library:changed', (payload) => seen.push(payload));
      window.briefing.on('menu:command', (payload) => seen.push(payload));
    });
    // The event stream opens asynchronously: knock until the first menu event gets through.
    await expect
      .poll(async () => {
        await menuCommand(page, 'export');
        return page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length);
      })
      .toBeGreaterThan(0);
    await page.evaluate(() => ((window as unknown as { seen: unknown[] }).seen.length = 0));
    const added = await page.evaluate(() =>
      window.briefing.library.add({ title: 'Bridge event test', body: 'A meeting in Oslo about fisheries, held for the bridge test.' }),
    );
    expect(added).toMatchObject({ ok: true });
    await menuCommand(page, 'new-book');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen))
      .toEqual([{ reason: 'add' }, { command: 'new-book' }]);
  });
});
