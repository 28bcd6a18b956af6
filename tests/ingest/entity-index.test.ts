import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntityIndex } from '../../electron/ingest/write/entity-index';
import { commitItemOf, importItems, previewImport } from '../../electron/ingest/import-service';
import { NameResolver } from '../../electron/ingest/write/resolve-names';
import { addAlias, ensureEntity, findEntityId, getEntity, renameEntity } from '../../electron/library/entities';
import { openLibrary } from '../../electron/library/open-library';
import type { EntityKind } from '../../electron/library/types';
import { tempLibrary } from '../helpers/temp-library';

const TEXT = [
  'Ministers meet at the ARF in Vientiane',
  'Foreign ministers gathered in Vientiane on 27 July 2024 for the 31st session of the ASEAN Regional Forum. Russian Foreign Minister Sergei Lavrov met Indonesian Foreign Minister Retno Marsudi; the United States and China also attended.',
].join('\n');

describe('EntityIndex (names in memory for a batch)', () => {
  let t: Awaited<ReturnType<typeof tempLibrary>>;
  beforeEach(async () => {
    t = await tempLibrary();
  });
  afterEach(() => t.cleanup());

  it('answers every look-up as findEntityId does: names, aliases, folded forms, theme slugs, misses', async () => {
    const db = t.library.db;
    const [item] = await previewImport(db, { text: TEXT });
    importItems(t.library, [commitItemOf(item!.file, item!.extraction!)]);
    const eu = ensureEntity(db, { kind: 'forum', name: 'European Council' });
    addAlias(db, eu, 'Euco');
    const index = EntityIndex.load(db, () => '');
    const probes: Array<[EntityKind, string]> = [
      ['forum', 'ASEAN Regional Forum'], ['forum', 'ARF'], ['forum', 'a.r.f.'], ['forum', 'EUCO'], ['forum', 'European council'],
      ['actor', 'Russia'], ['actor', 'RUSSIA'], ['actor', 'Sergey Lavrov'], ['actor', 'United States'], ['actor', 'U.S.'],
      ['actor', 'ARF'], ['forum', 'Russia'], ['forum', 'G20'], ['actor', '...'], ['theme', 'regional-security'],
      ['theme', 'Regional security & security architecture'], ['theme', 'no such theme'],
    ];
    for (const [kind, name] of probes) expect([kind, name, index.find(kind, name)]).toEqual([kind, name, findEntityId(db, kind, name)]);
    const ids = probes.map(([kind, name]) => findEntityId(db, kind, name)).filter((id): id is number => id !== undefined);
    expect(ids.length).toBeGreaterThan(8);
    for (const id of ids) expect(index.nameOf(id)).toBe(getEntity(db, id).name);
  });

  it('knows when someone else wrote: this connection or another process', async () => {
    const db = t.library.db;
    const id = ensureEntity(db, { kind: 'forum', name: 'ASEAN Regional Forum' });
    const index = EntityIndex.load(db, () => '');
    expect(index.isStale()).toBe(false);
    renameEntity(db, id, 'ARF (ASEAN Regional Forum)');
    expect(index.isStale()).toBe(true);
    index.synced();
    expect(index.isStale()).toBe(false);
    const other = await openLibrary(t.library.path);
    try {
      ensureEntity(other.db, { kind: 'forum', name: 'East Asia Summit' });
    } finally {
      other.close();
    }
    expect(index.isStale()).toBe(true);
  });

  it('lets a resolver see a rename made after it loaded, once it revalidates', () => {
    const db = t.library.db;
    const id = ensureEntity(db, { kind: 'forum', name: 'ASEAN Regional Forum' });
    const resolver = new NameResolver(db);
    expect(resolver.resolve('forum', 'ASEAN Regional Forum')).toBe('ASEAN Regional Forum');
    renameEntity(db, id, 'ARF (ASEAN Regional Forum)');
    resolver.revalidate();
    expect(resolver.resolve('forum', 'ASEAN Regional Forum')).toBe('ARF (ASEAN Regional Forum)');
  });

  it('keeps a resolver\'s own new entities and gazetteer aliases in memory', () => {
    const db = t.library.db;
    const resolver = new NameResolver(db);
    const id = resolver.ensure({ kind: 'forum', name: 'ASEAN Regional Forum' });
    expect(resolver.find('forum', 'ARF')).toBe(id);
    expect(findEntityId(db, 'forum', 'ARF')).toBe(id);
    const lavrov = resolver.ensure({ kind: 'actor', name: 'Sergey Lavrov', actorType: 'person' });
    expect(resolver.find('actor', 'Sergei Lavrov', 'person')).toBe(lavrov);
    expect(resolver.ensure({ kind: 'actor', name: 'Sergei Lavrov', actorType: 'person' })).toBe(lavrov);
  });
});
