import { build } from 'esbuild';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTRACTS } from '../../electron/ipc/contracts/api';
import { EVENT_NAMES } from '../../electron/ipc/contracts/api';

const exposed = new Map<string, unknown>();
const invoked: Array<[string, unknown]> = [];
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: async (channel: string, request: unknown) => {
      invoked.push([channel, request]);
      return { ok: true, value: channel };
    },
    on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(fn)),
    removeListener: (channel: string, fn: (...args: unknown[]) => void) => listeners.get(channel)?.delete(fn),
  },
}));

type Api = Record<string, unknown> & { on: (event: string, cb: (payload: unknown) => void) => () => void };

describe('preload', () => {
  let api: Api;
  beforeAll(async () => {
    await import('../../electron/preload');
    api = exposed.get('briefing') as Api;
  });

  it('exposes exactly one object, window.briefing: one entry per IPC domain plus on()', () => {
    expect([...exposed.keys()]).toEqual(['briefing']);
    expect(Object.keys(api).sort()).toEqual([...CONTRACTS.map((c) => c.domain), 'on'].sort());
  });

  it('offers named methods only, each bound to its own channel (no generic invoke, no ipcRenderer)', async () => {
    for (const contract of CONTRACTS) {
      const domain = api[contract.domain] as Record<string, (request: unknown) => Promise<unknown>>;
      expect(Object.keys(domain).sort()).toEqual(Object.keys(contract.methods).sort());
      for (const name of Object.keys(contract.methods)) {
        await expect(domain[name]!({ probe: name })).resolves.toEqual({ ok: true, value: `${contract.domain}:${name}` });
      }
    }
    expect(invoked.every(([channel]) => /^[a-z]+:[A-Za-z]+$/.test(channel))).toBe(true);
    const serialized = JSON.stringify(Object.keys(api));
    expect(serialized).not.toMatch(/ipcRenderer|invoke|send|require|process/);
  });

  it('delivers events by name without the IPC event object, and unsubscribes', () => {
    const received: unknown[] = [];
    const off = api.on('library:changed', (payload) => received.push(payload));
    const channelListeners = [...(listeners.get('briefing-event:library:changed') ?? [])];
    expect(channelListeners).toHaveLength(1);
    channelListeners[0]!({ sender: 'secret' }, { reason: 'add' });
    expect(received).toEqual([{ reason: 'add' }]);
    off();
    expect(listeners.get('briefing-event:library:changed')?.size).toBe(0);
    expect(() => api.on('ipc:anything', () => {})).toThrow(/Unknown event/);
    expect(EVENT_NAMES).toContain('menu:command');
  });
});

describe('preload bundle', () => {
  it('requires nothing but "electron", as a sandboxed preload must', async () => {
    const result = await build({
      entryPoints: [join(__dirname, '..', '..', 'electron', 'preload.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['electron']);
  });
});
