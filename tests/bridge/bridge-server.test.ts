import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from '../../electron/bridge/bridge-server';
import { createRegistry } from '../../electron/ipc/handlers';
import { handlerContext } from '../helpers/handler-context';
import { tempLibrary } from '../helpers/temp-library';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (t: string) => (body += t));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('bridge server (in process, tiny page)', () => {
  let bridge: RunningBridge;
  let cleanup: () => void;
  let auth: Record<string, string>;

  beforeEach(async () => {
    const temp = await tempLibrary();
    cleanup = temp.cleanup;
    const rendererDir = join(temp.dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body><script type="module" src="./assets/app.js"></script></body></html>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
    writeFileSync(join(temp.dir, 'secret.txt'), 'do not serve');
    bridge = await startBridge({
      registry: createRegistry(),
      context: (emit) => ({ ...handlerContext(temp.library), emit }),
      rendererDir,
      clientScript: 'window.clientLoaded = true;',
    });
    auth = { 'x-bridge-token': bridge.token };
  });

  afterEach(async () => {
    await bridge.close();
    cleanup();
  });

  it('listens on 127.0.0.1 and prints a URL with a long random token', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('trades the URL token for an HttpOnly SameSite=Strict cookie that then works alone', async () => {
    const first = await call(bridge.port, `/?token=${bridge.token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await call(bridge.port, '/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('injects the client script before the app script and a CSP meta tag when the page has none', async () => {
    const page = await call(bridge.port, '/', { headers: auth });
    expect(page.body.indexOf('/__bridge/client.js')).toBeGreaterThan(-1);
    expect(page.body.indexOf('/__bridge/client.js')).toBeLessThan(page.body.indexOf('./assets/app.js'));
    expect(page.body).toContain('http-equiv="Content-Security-Policy"');
    expect((await call(bridge.port, '/__bridge/client.js', { headers: auth })).body).toBe('window.clientLoaded = true;');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt', '/%00.js']) {
      const answer = await call(bridge.port, path, { headers: auth });
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('do not serve');
    }
    expect((await call(bridge.port, '/assets/app.js', { headers: auth })).status).toBe(200);
  });

  it('serves IPC with the registry envelope and refuses non-JSON bodies', async () => {
    const search = await call(bridge.port, '/ipc/library:search', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ request: { text: 'anything' } }),
    });
    expect(JSON.parse(search.body)).toMatchObject({ ok: true, value: { total: 0 } });
    const unknown = await call(bridge.port, '/ipc/nope:nothing', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const form = await call(bridge.port, '/ipc/library:search', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'request=1',
    });
    expect(form.status).toBe(415);
  });

  it('streams emitted events to subscribers', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: bridge.port, path: '/events', headers: auth }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => {
          text += chunk;
          if (text.includes(': connected')) bridge.events.send('library:changed', { reason: 'test' });
          if (text.includes('event: library:changed')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('data: {"reason":"test"}');
  });
});
