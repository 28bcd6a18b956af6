import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBridgeArgs } from '../../electron/bridge/bridge-args';
import { folderDialogs } from '../../electron/bridge/folder-dialogs';
import { checkRequest, readCookie } from '../../electron/bridge/request-guard';
import { resolveStaticPath } from '../../electron/shell/static-files';
import { AppError } from '../../electron/errors';
import { prepareIndexHtml } from '../../electron/shell/html-injection';
import { tempDir } from '../helpers/temp-library';

const TOKEN = 'a'.repeat(48);
const guard = (headers: Record<string, string>, path = '/') =>
  checkRequest({ headers, url: new URL(path, 'http://x.invalid'), token: TOKEN, port: 4000 });

describe('request guard', () => {
  it('accepts the token from the query, a header or the cookie, on the bridge host only', () => {
    expect(guard({ host: '127.0.0.1:4000' }, `/?token=${TOKEN}`)).toEqual({ allowed: true, fromQuery: true });
    expect(guard({ host: 'localhost:4000', 'x-bridge-token': TOKEN })).toEqual({ allowed: true, fromQuery: false });
    expect(guard({ host: '127.0.0.1:4000', cookie: `other=1; bridge_token=${TOKEN}` })).toEqual({ allowed: true, fromQuery: false });
  });

  it('refuses missing, wrong or truncated tokens with 401', () => {
    const attempts: Array<Record<string, string>> = [{}, { 'x-bridge-token': TOKEN.slice(1) }, { cookie: 'bridge_token=' }, { 'x-bridge-token': 'b'.repeat(48) }];
    for (const headers of attempts) {
      expect(guard({ host: '127.0.0.1:4000', ...headers })).toMatchObject({ allowed: false, status: 401 });
    }
  });

  it('refuses foreign hosts, other ports and cross-site origins with 403', () => {
    expect(guard({ host: 'evil.example:4000', 'x-bridge-token': TOKEN })).toMatchObject({ status: 403 });
    expect(guard({ host: '127.0.0.1:4001', 'x-bridge-token': TOKEN })).toMatchObject({ status: 403 });
    expect(guard({ 'x-bridge-token': TOKEN })).toMatchObject({ status: 403 });
    expect(guard({ host: '127.0.0.1:4000', origin: 'http://evil.example', 'x-bridge-token': TOKEN })).toMatchObject({ status: 403 });
    expect(guard({ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000', 'x-bridge-token': TOKEN })).toMatchObject({ allowed: true });
  });

  it('reads cookies by exact name', () => {
    expect(readCookie('xbridge_token=1; bridge_token=2', 'bridge_token')).toBe('2');
    expect(readCookie(undefined, 'bridge_token')).toBeUndefined();
  });
});

describe('static path resolution', () => {
  it('maps "/" to index.html and refuses every way out of the root', () => {
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveStaticPath('/srv/app', '/assets/a%20b.js')).toBe('/srv/app/assets/a b.js');
    for (const bad of ['/../x', '/%2e%2e/x', '/a/%2E%2E/%2e%2e/x', '/..%2fx', '/a%5c..%5cx', '/%00', '/%E0%A4%A']) {
      expect(resolveStaticPath('/srv/app', bad), bad).toBeUndefined();
    }
  });
});

describe('index.html preparation', () => {
  it('keeps an existing CSP meta tag and adds scripts before the first script', () => {
    const html = '<head><meta http-equiv="Content-Security-Policy" content="x"><script type="module" src="a.js"></script></head>';
    const out = prepareIndexHtml(html, { scripts: ['/b.js'] });
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(out).toContain('<script src="/b.js"></script><script type="module"');
  });
});

describe('folder dialogs', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('saves to DIR/<suggested name> and opens the matching files of DIR/open', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    mkdirSync(join(temp.dir, 'open', 'folder'), { recursive: true });
    for (const name of ['b.txt', 'a.docx', 'c.pdf']) writeFileSync(join(temp.dir, 'open', name), name);
    const dialogs = folderDialogs(temp.dir);
    expect(await dialogs.save({ title: 'Export', suggestedName: '../../book.pdf', extensions: ['pdf'] })).toBe(join(temp.dir, 'book.pdf'));
    expect(await dialogs.open({ title: 'Import', extensions: ['txt', 'docx'], multiple: true })).toEqual([
      join(temp.dir, 'open', 'a.docx'),
      join(temp.dir, 'open', 'b.txt'),
    ]);
    expect(await dialogs.open({ title: 'Import', extensions: [], multiple: false })).toEqual([join(temp.dir, 'open', 'a.docx')]);
    expect(await dialogs.open({ title: 'Folder', extensions: [], multiple: false, directories: true })).toEqual([join(temp.dir, 'open', 'folder')]);
  });

  it('behaves as cancelled without a folder', async () => {
    const dialogs = folderDialogs(undefined);
    expect(await dialogs.save({ title: 'Export', suggestedName: 'x.pdf', extensions: ['pdf'] })).toBeUndefined();
    expect(await dialogs.open({ title: 'Import', extensions: ['txt'], multiple: true })).toEqual([]);
  });
});

describe('bridge arguments', () => {
  it('parses flags in both spellings and refuses bad input with one line', () => {
    expect(parseBridgeArgs(['--library', 'l.sqlite', '--port=8123', '--dialog-dir', 'd'])).toEqual({
      library: 'l.sqlite',
      port: 8123,
      dialogDir: 'd',
      rendererDir: undefined,
    });
    for (const bad of [[], ['--library'], ['--library', 'x', '--port', '70000'], ['--library', 'x', '--verbose']]) {
      expect(() => parseBridgeArgs(bad)).toThrow(AppError);
    }
  });
});
