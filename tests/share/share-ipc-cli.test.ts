import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import type { HandlerContext } from '../../electron/ipc/registry';
import { createRegistry } from '../../electron/ipc/handlers/index';
import { openLibrary, type Library } from '../../electron/library/open-library';
import { tempDir } from '../helpers/temp-library';
import { buildShareEntryPoints } from './helpers/build-worker';
import { dumpLibrary, seedLibrary } from './helpers/library-fixtures';

describe('share over IPC and the CLI', () => {
  const tmp = tempDir('bbb-share-ipc-');
  let source: Library;
  let target: Library;
  const events: Array<{ event: string; payload: unknown }> = [];
  let dialogAnswer: string | undefined;

  const context = (library: Library): HandlerContext => ({
    library,
    dialogs: {
      save: async () => dialogAnswer,
      open: async () => (dialogAnswer ? [dialogAnswer] : []),
      reveal: async () => {},
    },
    emit: (event, payload) => events.push({ event, payload }),
    userName: 'Desk officer',
    appVersion: '0.1.0',
  });

  beforeAll(async () => {
    await buildShareEntryPoints();
    source = await openLibrary(join(tmp.dir, 'source.sqlite'));
    target = await openLibrary(join(tmp.dir, 'target.sqlite'));
    seedLibrary(source.db, 12);
  });
  afterAll(() => {
    source.close();
    target.close();
    tmp.cleanup();
  });

  it('exports, picks, inspects, imports, lists and undoes through the registry', async () => {
    const registry = createRegistry();
    const path = join(tmp.dir, 'ipc.bblib');
    dialogAnswer = undefined;
    expect(await registry.invoke('share:export', { scope: { kind: 'library' } }, context(source))).toEqual({ ok: true, value: { cancelled: true } });
    dialogAnswer = path;
    const exported = await registry.invoke('share:export', { scope: { kind: 'filter', query: { forum: ['EAS'] } }, operationId: 'op1' }, context(source));
    expect(exported).toMatchObject({ ok: true, value: { cancelled: false, path, manifest: { exportedBy: 'Desk officer', counts: { summaries: 3 } } } });
    expect(events.some((e) => e.event === 'bundle:progress' && (e.payload as { operationId: string }).operationId === 'op1')).toBe(true);

    expect(await registry.invoke('share:pickBundle', {}, context(target))).toEqual({ ok: true, value: { path } });
    const inspected = await registry.invoke('share:inspect', { path }, context(target));
    expect(inspected).toMatchObject({ ok: true, value: { preview: { summaries: { added: 3 } }, coverage: { forums: [{ name: 'East Asia Summit', summaries: 3 }] } } });
    const imported = await registry.invoke('share:import', { path, policy: 'keep-both' }, context(target));
    expect(imported).toMatchObject({ ok: true, value: { summaries: { added: 3 } } });
    const importId = (imported as { value: { importId: string } }).value.importId;
    expect(events.some((e) => e.event === 'library:changed')).toBe(true);
    const history = await registry.invoke('share:history', undefined, context(target));
    expect(history).toMatchObject({ ok: true, value: [{ id: importId, kind: 'bundle', exportedBy: 'Desk officer', undoneAt: null }] });
    expect(await registry.invoke('share:undo', { importId }, context(target))).toMatchObject({ ok: true, value: { summariesRemoved: 3 } });

    expect(await registry.invoke('share:import', { path, policy: 'mine-please' }, context(target))).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const bad = join(tmp.dir, 'bad.bblib');
    writeFileSync(bad, 'not a bundle');
    dialogAnswer = bad;
    expect(await registry.invoke('share:pickBundle', {}, context(target))).toEqual({ ok: true, value: { path: bad } });
    expect(await registry.invoke('share:import', { path: bad }, context(target))).toMatchObject({
      ok: false,
      error: { code: 'BUNDLE_REFUSED', message: expect.stringMatching(/bad\.bblib cannot be imported: it is not a Briefing Book bundle/) },
    });
  });

  it('inspects and imports only files picked in the Open dialog of the same session', async () => {
    const path = join(tmp.dir, 'picked.bblib');
    dialogAnswer = path;
    await createRegistry().invoke('share:export', { scope: { kind: 'library' } }, context(source));
    const before = dumpLibrary(target.db);
    const session = createRegistry();
    const notPicked = { ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/picked\.bblib was not chosen in the Open dialog/) } };
    // Named by the renderer only (also as a relative or dotted spelling): refused, nothing read or changed.
    expect(await session.invoke('share:inspect', { path }, context(target))).toMatchObject(notPicked);
    expect(await session.invoke('share:import', { path: join(tmp.dir, '.', 'picked.bblib') }, context(target))).toMatchObject(notPicked);
    dialogAnswer = undefined;
    expect(await session.invoke('share:pickBundle', {}, context(target))).toEqual({ ok: true, value: null });
    expect(await session.invoke('share:import', { path }, context(target))).toMatchObject(notPicked);
    expect(dumpLibrary(target.db)).toEqual(before);

    dialogAnswer = path;
    expect(await session.invoke('share:pickBundle', {}, context(target))).toEqual({ ok: true, value: { path } });
    expect(await session.invoke('share:inspect', { path }, context(target))).toMatchObject({ ok: true, value: { preview: { summaries: { added: 12 } } } });
    // Another spelling of the same file is the same file.
    const imported = await session.invoke('share:import', { path: join(tmp.dir, 'x', '..', 'picked.bblib') }, context(target));
    expect(imported).toMatchObject({ ok: true, value: { summaries: { added: 12 } } });
    // A new session (app restart) has picked nothing yet.
    expect(await createRegistry().invoke('share:inspect', { path }, context(target))).toMatchObject(notPicked);
    const importId = (imported as { value: { importId: string } }).value.importId;
    expect(await session.invoke('share:undo', { importId }, context(target))).toMatchObject({ ok: true, value: { summariesRemoved: 12 } });
  });

  it('runs the bundle commands; a refused file exits 1 with one line', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), readStdin: async () => Buffer.alloc(0), isTty: false };
    const lib = join(tmp.dir, 'cli.sqlite');
    const file = join(tmp.dir, 'cli.bblib');
    source.db.pragma('wal_checkpoint(TRUNCATE)');
    const env = {};
    process.env.BRIEFING_USER = 'CLI user';
    expect(await runCli(['--library', source.path, 'bundle', 'export', '--out', file, '--theme', 'maritime'], io, env)).toBe(0);
    expect(out.pop()).toMatch(/Wrote .*cli\.bblib \(summaries matching theme maritime\): 3 summaries/);
    expect(await runCli(['--library', lib, 'bundle', 'inspect', file], io, env)).toBe(0);
    expect(out.join('\n')).toMatch(/Exported by CLI user/);
    expect(await runCli(['--library', lib, 'bundle', 'import', file, '--dry-run', '--json'], io, env)).toBe(0);
    expect(JSON.parse(out.pop()!)).toMatchObject({ dryRun: true, importId: null, summaries: { added: 3 } });
    expect(await runCli(['--library', lib, 'bundle', 'import', file, '--on-conflict', 'take-theirs', '--json'], io, env)).toBe(0);
    const { importId } = JSON.parse(out.pop()!) as { importId: string };
    expect(await runCli(['--library', lib, 'bundle', 'history'], io, env)).toBe(0);
    expect(out.pop()).toContain(importId);
    expect(await runCli(['--library', lib, 'bundle', 'undo', importId], io, env)).toBe(0);
    expect(out.pop()).toMatch(/removed 3 summaries/);

    const check = await openLibrary(lib);
    const before = dumpLibrary(check.db);
    check.close();
    const bad = join(tmp.dir, 'truncated.bblib');
    writeFileSync(bad, Buffer.from('SQLite format 3\u0000'.padEnd(2048, '\u0001')));
    err.length = 0;
    expect(await runCli(['--library', lib, 'bundle', 'import', bad], io, env)).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^briefing: truncated\.bblib cannot be imported: .*Nothing was changed\.$/);
    expect(await runCli(['--library', lib, 'bundle', 'import', file, '--on-conflict', 'mine'], io, env)).toBe(1);
    expect(err.pop()).toMatch(/--on-conflict must be keep-mine, take-theirs or keep-both/);
    const after = await openLibrary(lib);
    expect(dumpLibrary(after.db)).toBe(before);
    after.close();
    delete process.env.BRIEFING_USER;
  });
});
