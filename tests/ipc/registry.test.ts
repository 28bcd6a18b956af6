import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineContract, method } from '../../electron/ipc/define';
import { AppError } from '../../electron/errors';
import { createRegistry } from '../../electron/ipc/handlers/index';
import { IpcRegistry } from '../../electron/ipc/registry';
import { CONTRACTS } from '../../electron/ipc/contracts/api';
import type { Library } from '../../electron/library/open-library';
import { tempLibrary } from '../helpers/temp-library';
import { handlerContext } from '../helpers/handler-context';

let lib: Library;
let cleanup: () => void;
beforeEach(async () => {
  ({ library: lib, cleanup } = await tempLibrary());
});
afterEach(() => cleanup());

const echo = defineContract('echo', { say: method<string>()(z.strictObject({ text: z.string().max(5) })) });

describe('IPC registry', () => {
  it('refuses to register a channel twice', () => {
    const registry = new IpcRegistry().register(echo, { say: ({ text }) => text });
    expect(() => registry.register(echo, { say: ({ text }) => text })).toThrow(/registered twice: echo:say/);
  });

  it('refuses a malformed request with a typed error, without calling the handler', async () => {
    let called = false;
    const registry = new IpcRegistry().register(echo, {
      say: ({ text }) => {
        called = true;
        return text;
      },
    });
    const ctx = handlerContext(lib);
    for (const bad of [undefined, null, 'hi', { text: 42 }, { text: 'too long' }, { text: 'ok', extra: 1 }]) {
      const result = await registry.invoke('echo:say', bad, ctx);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_REQUEST');
        expect(result.error.message).toMatch(/^Invalid request to echo:say: /);
      }
    }
    expect(called).toBe(false);
    expect(await registry.invoke('echo:say', { text: 'ok' }, ctx)).toEqual({ ok: true, value: 'ok' });
  });

  it('answers an unknown channel with a typed error', async () => {
    const result = await new IpcRegistry().invoke('nope:nothing', {}, handlerContext(lib));
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_REQUEST', message: 'Unknown request "nope:nothing".' } });
  });

  it('turns domain errors into their code and faults into INTERNAL, never a stack', async () => {
    const logged: string[] = [];
    const registry = new IpcRegistry((message) => logged.push(message)).register(
      defineContract('fail', {
        user: method<never>()(z.strictObject({})),
        bug: method<never>()(z.strictObject({})),
      }),
      {
        user: () => {
          throw new AppError('NOT_FOUND', 'No such book.');
        },
        bug: () => {
          throw new TypeError('x is undefined');
        },
      },
    );
    const ctx = handlerContext(lib);
    expect(await registry.invoke('fail:user', {}, ctx)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No such book.' } });
    const bug = await registry.invoke('fail:bug', {}, ctx);
    expect(bug.ok).toBe(false);
    if (!bug.ok) {
      expect(bug.error.code).toBe('INTERNAL');
      expect(bug.error.message).not.toMatch(/\n\s+at /);
    }
    expect(logged).toEqual(['Handler fail:bug failed']);
  });

  it('registers every contract method of every domain exactly once', () => {
    const registry = createRegistry();
    const expected = CONTRACTS.flatMap((c) => Object.keys(c.methods).map((m) => `${c.domain}:${m}`)).sort();
    expect(registry.channels()).toEqual(expected);
  });
});

describe('library handlers', () => {
  it('add, search, get, delete and restore round-trip through the registry', async () => {
    const registry = createRegistry();
    const ctx = handlerContext(lib);
    const added = await registry.invoke(
      'library:add',
      { title: 'EAS ministerial', body: 'Ministers met in Vientiane.', meetingDate: '2024-07-27', tags: [{ kind: 'forum', name: 'East Asia Summit' }] },
      ctx,
    );
    expect(added).toMatchObject({ ok: true, value: { status: 'added' } });
    const id = (added as { value: { id: string } }).value.id;
    const found = await registry.invoke('library:search', { text: 'vientiane' }, ctx);
    expect(found).toMatchObject({ ok: true, value: { total: 1, hits: [{ id }] } });
    const deleted = await registry.invoke('library:delete', { id }, ctx);
    expect(deleted.ok).toBe(true);
    expect(await registry.invoke('library:get', { id }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const restored = await registry.invoke('library:restore', { summary: (deleted as { value: unknown }).value }, ctx);
    expect(restored).toMatchObject({ ok: true, value: { id, tags: [{ name: 'East Asia Summit' }] } });
    expect(ctx.events.map((e) => e.event)).toEqual(['library:changed', 'library:changed', 'library:changed']);
  });

  it('refuses a search with a malformed date', async () => {
    const result = await createRegistry().invoke('library:search', { from: '27 July' }, handlerContext(lib));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});
