import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from '../../electron/shell/web-policies';
import { contentSecurityPolicy, cspMetaTag } from '../../electron/shell/csp';
import { allowNavigation, allowRequest, windowOpenDecision } from '../../electron/shell/web-policies';
import { decideDevicePermission, decidePermissionCheck, decidePermissionRequest } from '../../electron/shell/web-policies';
import { isTrustedSender, type IpcSender } from '../../electron/shell/web-policies';

const APP_ID = 7;
const sender = (url: string, options: { id?: number; parent?: unknown; destroyed?: boolean } = {}): IpcSender => ({
  sender: { id: options.id ?? APP_ID },
  senderFrame: options.destroyed ? null : { url, parent: options.parent ?? null },
});

describe('IPC sender check', () => {
  it("accepts the app window's own top frame", () => {
    expect(isTrustedSender(sender(APP_ENTRY_URL), APP_ID)).toBe(true);
    expect(isTrustedSender(sender(`${APP_ORIGIN}/index.html#/books/3`), APP_ID)).toBe(true);
  });

  it('refuses forged origins, look-alike URLs, subframes, other windows and destroyed frames', () => {
    const refused: Array<[IpcSender, number | undefined]> = [
      [sender('file:///work/main/dist/renderer/index.html'), APP_ID],
      [sender('https://briefing/index.html'), APP_ID],
      [sender('app://briefing.evil.example/index.html'), APP_ID],
      [sender('app://evil@briefing/index.html'), APP_ID],
      [sender('app://other/index.html'), APP_ID],
      [sender('http://127.0.0.1:8000/'), APP_ID],
      [sender('about:blank'), APP_ID],
      [sender('not a url'), APP_ID],
      [sender(APP_ENTRY_URL, { parent: { url: APP_ENTRY_URL } }), APP_ID],
      [sender(APP_ENTRY_URL, { id: APP_ID + 1 }), APP_ID],
      [sender(APP_ENTRY_URL, { destroyed: true }), APP_ID],
      [sender(APP_ENTRY_URL), undefined],
    ];
    for (const [event, id] of refused) expect(isTrustedSender(event, id), JSON.stringify(event)).toBe(false);
  });

  it('recognises the app origin exactly', () => {
    expect(isAppUrl('APP://BRIEFING/x')).toBe(true);
    expect(isAppUrl('app://briefing:80/x')).toBe(false);
  });
});

describe('content security policy', () => {
  const policy = contentSecurityPolicy({ forHeader: true });
  const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

  it("starts from default-src 'none' and names no remote origin", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|wasm-unsafe-eval/);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the policy the session installs on every response (secure-session.ts spells it out)', () => {
    const source = readFileSync(join(__dirname, '..', '..', 'electron', 'shell', 'secure-session.ts'), 'utf8');
    expect(source).toContain(`"${policy}"`);
  });

  it('leaves frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(cspMetaTag()).toContain("default-src 'none'");
    expect(cspMetaTag()).not.toContain('frame-ancestors');
  });
});

describe('navigation, request and permission policy', () => {
  it('allows navigation only within the app origin and never opens windows', () => {
    expect(allowNavigation(`${APP_ORIGIN}/index.html`)).toBe(true);
    for (const url of ['https://example.org/', 'http://127.0.0.1/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'app://elsewhere/']) {
      expect(allowNavigation(url), url).toBe(false);
    }
    expect(windowOpenDecision('https://example.org/')).toEqual({ action: 'deny' });
    expect(windowOpenDecision(APP_ENTRY_URL)).toEqual({ action: 'deny' });
  });

  it('lets the session load only its own files, data:, blob: and devtools', () => {
    for (const url of [APP_ENTRY_URL, 'data:image/png;base64,AA', 'blob:app://briefing/1234', 'devtools://devtools/bundled/x.html']) {
      expect(allowRequest(url), url).toBe(true);
    }
    for (const url of ['https://fonts.googleapis.com/css', 'http://localhost:5173/', 'ws://127.0.0.1/', 'file:///tmp/x.pdf', 'ftp://x/']) {
      expect(allowRequest(url), url).toBe(false);
    }
  });

  it('refuses every permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'midiSysex', 'hid']) {
      expect(decidePermissionRequest(permission, APP_ENTRY_URL)).toBe(false);
      expect(decidePermissionCheck(permission, APP_ORIGIN)).toBe(false);
    }
    expect(decideDevicePermission('usb')).toBe(false);
  });
});
