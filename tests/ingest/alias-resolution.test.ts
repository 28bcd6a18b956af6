import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitItemOf, importItems, previewImport } from '../../electron/ingest/import-service';
import { findEntityId, getEntity, listEntities, mergeEntityInto, renameEntity } from '../../electron/library/entities';
import { getSummary } from '../../electron/library/summaries';
import { tempLibrary } from '../helpers/temp-library';

const ARF_TEXT = [
  'Ministers meet at ARF in Vientiane',
  'Foreign ministers gathered in Vientiane on 27 July 2024 for the 31st session of the ARF, where Russian Foreign Minister Sergei Lavrov spoke on regional security.',
];
const FULL_TEXT = [
  'ASEAN Regional Forum closes in Jakarta',
  'The 30th session of the ASEAN Regional Forum ended in Jakarta on 14 July 2023. Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi attended.',
];

async function importText(lib: Awaited<ReturnType<typeof tempLibrary>>['library'], lines: string[]) {
  const [item] = await previewImport(lib.db, { text: lines.join('\n') });
  const report = importItems(lib, [commitItemOf(item!.file, item!.extraction!)]);
  return { item: item!, summary: getSummary(lib.db, report.results[0]!.summaryId!) };
}

describe('entity resolution through library aliases', () => {
  let t: Awaited<ReturnType<typeof tempLibrary>>;
  beforeEach(async () => {
    t = await tempLibrary();
  });
  afterEach(() => t.cleanup());

  it('stores a forum under its canonical name with the gazetteer aliases, so "ARF" and the full name are one', async () => {
    const first = await importText(t.library, FULL_TEXT);
    const forumId = findEntityId(t.library.db, 'forum', 'ASEAN Regional Forum')!;
    expect(getEntity(t.library.db, forumId).aliases).toContain('ARF');
    const second = await importText(t.library, ARF_TEXT);
    const forumsOf = (s: typeof first.summary) => s.tags.filter((x) => x.kind === 'forum').map((x) => x.entityId);
    expect(forumsOf(first.summary)).toEqual([forumId]);
    expect(forumsOf(second.summary)).toEqual([forumId]);
    expect(listEntities(t.library.db, 'forum')).toHaveLength(1);
  });

  it('folds a transliteration variant of a person into the existing entity', async () => {
    await importText(t.library, FULL_TEXT);
    const { item, summary } = await importText(t.library, ARF_TEXT);
    expect(item.extraction!.actors.map((a) => a.name)).toContain('Sergey Lavrov');
    const people = listEntities(t.library.db, 'actor').filter((e) => e.actorType === 'person').map((e) => e.name);
    expect(people.filter((n) => n.includes('Lavrov'))).toEqual(['Sergey Lavrov']);
    expect(summary.tags.some((x) => x.name === 'Sergey Lavrov')).toBe(true);
  });

  it('respects a user rename in later imports', async () => {
    await importText(t.library, FULL_TEXT);
    const id = findEntityId(t.library.db, 'forum', 'ASEAN Regional Forum')!;
    renameEntity(t.library.db, id, 'ARF (ASEAN Regional Forum)');
    const { item, summary } = await importText(t.library, ARF_TEXT);
    expect(item.extraction!.forums.map((f) => f.name)).toEqual(['ARF (ASEAN Regional Forum)']);
    expect(summary.tags.find((x) => x.kind === 'forum')?.entityId).toBe(id);
  });

  it('respects a user merge in later imports', async () => {
    await importText(t.library, FULL_TEXT);
    const db = t.library.db;
    const china = findEntityId(db, 'actor', 'China')!;
    const wang = findEntityId(db, 'actor', 'Wang Yi')!;
    // A user decides Wang Yi should be filed under a differently spelled entity, then merges.
    renameEntity(db, wang, 'WANG Yi');
    mergeEntityInto(db, china, findEntityId(db, 'actor', 'Russia')!);
    const { item } = await importText(t.library, ['Wang Yi in Moscow', 'Chinese Foreign Minister Wang Yi met Sergey Lavrov in Moscow on 8 April 2024 to discuss trade.']);
    const names = item.extraction!.actors.map((a) => a.name);
    expect(names).toContain('WANG Yi');
    expect(names).not.toContain('China'); // merged into Russia by the user
    expect(names).toContain('Russia');
  });
});
