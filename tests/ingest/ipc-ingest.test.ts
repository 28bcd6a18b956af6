import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestPreviewItem } from '../../electron/ipc/contracts/ingest';
import type { HandlerContext } from '../../electron/ipc/registry';
import { createRegistry } from '../../electron/ipc/handlers/index';
import type { ImportReport } from '../../electron/ingest/import-service';
import { getSummary } from '../../electron/library/summaries';
import { tempLibrary } from '../helpers/temp-library';

const SEED = readFileSync('/work/shared/seeds/000_f3559fb801e34102.txt', 'utf8');

describe('ingest IPC domain', () => {
  let t: Awaited<ReturnType<typeof tempLibrary>>;
  let events: Array<[string, unknown]>;
  let ctx: HandlerContext;
  const registry = createRegistry();
  beforeEach(async () => {
    t = await tempLibrary();
    events = [];
    ctx = {
      library: t.library,
      dialogs: {
        save: async () => undefined,
        open: async (o) => (o.directories ? [t.dir] : [join(t.dir, 'seed.txt')]),
        reveal: async () => {},
      },
      emit: (event, payload) => events.push([event, payload]),
      userName: 'Tester',
      appVersion: '0.0.0',
    };
    writeFileSync(join(t.dir, 'seed.txt'), SEED);
    writeFileSync(join(t.dir, 'empty.md'), '');
  });
  afterEach(() => t.cleanup());

  const call = async <T>(channel: string, request: unknown): Promise<T> => {
    const result = await registry.invoke(channel, request, ctx);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };

  it('previews picked files with progress, then commits the user-edited item by key', async () => {
    const paths = await call<string[]>('ingest:pickFiles', { folders: true });
    const items = await call<IngestPreviewItem[]>('ingest:preview', { paths, operationId: 'op1' });
    expect(items.map((i) => [i.file.split('/').pop(), i.status])).toEqual([
      ['empty.md', 'refused'],
      ['seed.txt', 'new'],
    ]);
    expect(events.filter(([e]) => e === 'import:progress').map(([, p]) => p)).toContainEqual({ operationId: 'op1', done: 2, total: 2, label: '' });
    const seed = items[1]!;
    expect(seed.extraction!.date).toBe('2024-07-27');

    const report = await call<ImportReport>('ingest:commit', {
      operationId: 'op2',
      items: [{ key: seed.key, title: 'Edited title', city: 'Vientiane', tags: [{ kind: 'forum', name: 'East Asia Summit', decision: 'accepted' }, { kind: 'actor', name: 'Laos', actorType: 'country', addedByUser: true }] }],
    });
    expect(report.added).toBe(1);
    const s = getSummary(t.library.db, report.results[0]!.summaryId!);
    expect(s.title).toBe('Edited title');
    expect(s.tags.map((x) => `${x.name}:${x.source}:${x.status}`).sort()).toEqual(['East Asia Summit:extracted:accepted', 'Laos:user:accepted']);
    expect(events.some(([e]) => e === 'library:changed')).toBe(true);
    // The key is spent: committing it again is refused with a clear message.
    const again = await registry.invoke('ingest:commit', { items: [{ key: seed.key }] }, ctx);
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('previews pasted text and dropped bytes, and validates requests', async () => {
    const items = await call<IngestPreviewItem[]>('ingest:preview', { text: SEED, files: [{ name: 'bad.pdf', base64: Buffer.from('nope').toString('base64') }] });
    expect(items.map((i) => [i.file, i.status])).toEqual([
      ['bad.pdf', 'refused'],
      ['Pasted text', 'new'],
    ]);
    expect(items[0]!.reason).toMatch(/bad\.pdf is not a PDF/);
    expect(await registry.invoke('ingest:preview', {}, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    // A path the user never chose in this session's Open dialog is not read, nor a folder walked.
    const unchosen = await registry.invoke('ingest:preview', { paths: [join(t.dir, '..')] }, ctx);
    expect(unchosen).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/was not chosen in the Open dialog/) } });
    expect(await registry.invoke('ingest:commit', { items: [{ key: 'k', body: 'injected' }] }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});
