import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAlias, ensureEntity, findEntityId, getEntity } from '../../electron/library/entities';
import { mergeEntitiesUndoably, undoEntityMerge } from '../../electron/library/entity-merges';
import type { Library } from '../../electron/library/open-library';
import { addSummary, deleteSummary, getSummary } from '../../electron/library/summaries';
import { removeTag, setPrimaryForum } from '../../electron/library/tags';
import { tempLibrary } from '../helpers/temp-library';

/** #17: an entity merge can be undone: the library's entity, alias and tag rows are as before. */
let lib: Library;
let cleanup: () => void;

beforeEach(async () => {
  ({ library: lib, cleanup } = await tempLibrary());
});
afterEach(() => cleanup());

const rows = () => ({
  entities: lib.db.prepare('SELECT * FROM entities ORDER BY id').all(),
  aliases: lib.db.prepare('SELECT * FROM aliases ORDER BY kind, match_key').all(),
  tags: lib.db.prepare('SELECT * FROM summary_entities ORDER BY summary_id, entity_id').all(),
});

function seed() {
  const onlyShort = addSummary(lib.db, { title: 'Lavrov in Vientiane', body: 'Lavrov met counterparts.', tags: [{ kind: 'actor', name: 'Lavrov', actorType: 'person', confidence: 0.8 }] }).id;
  const both = addSummary(lib.db, {
    title: 'Lavrov and Sergey Lavrov',
    body: 'Sergey Lavrov, later Lavrov.',
    tags: [
      { kind: 'actor', name: 'Lavrov', actorType: 'person', confidence: 0.6 },
      { kind: 'actor', name: 'Sergey Lavrov', actorType: 'person', confidence: 0.9 },
    ],
  }).id;
  const forums = addSummary(lib.db, {
    title: 'ARF and ASEAN Regional Forum',
    body: 'The ARF met.',
    tags: [
      { kind: 'forum', name: 'ARF', confidence: 0.9 },
      { kind: 'forum', name: 'ASEAN Regional Forum', confidence: 0.7 },
    ],
  }).id;
  const short = findEntityId(lib.db, 'actor', 'Lavrov')!;
  addAlias(lib.db, short, 'Sergei Lavrov');
  setPrimaryForum(lib.db, forums, findEntityId(lib.db, 'forum', 'ARF')!);
  return { onlyShort, both, forums, short, full: findEntityId(lib.db, 'actor', 'Sergey Lavrov')! };
}

describe('undoing an entity merge', () => {
  it('gives back the entity with its id, aliases and every tag, exactly as before', () => {
    const { short, full, onlyShort, both } = seed();
    const before = rows();
    const { mergeId, into } = mergeEntitiesUndoably(lib.db, short, full);
    expect(into.aliases).toEqual(expect.arrayContaining(['Lavrov', 'Sergei Lavrov']));
    expect(getSummary(lib.db, onlyShort).tags.map((t) => t.name)).toEqual(['Sergey Lavrov']);
    expect(getSummary(lib.db, both).tags.map((t) => t.name)).toEqual(['Sergey Lavrov']);
    const restored = undoEntityMerge(lib.db, mergeId);
    expect(restored).toMatchObject({ id: short, name: 'Lavrov', aliases: ['Sergei Lavrov'] });
    expect(rows()).toEqual(before);
  });

  it('keeps the primary forum where it was when the merged forum was primary', () => {
    const { forums } = seed();
    const arf = findEntityId(lib.db, 'forum', 'ARF')!;
    const before = rows();
    const { mergeId } = mergeEntitiesUndoably(lib.db, arf, findEntityId(lib.db, 'forum', 'ASEAN Regional Forum')!);
    expect(getSummary(lib.db, forums).tags.filter((t) => t.kind === 'forum').map((t) => t.name)).toEqual(['ASEAN Regional Forum']);
    undoEntityMerge(lib.db, mergeId);
    // The shared summary's ARF tag comes back, not primary: the survivor's tag held that role meanwhile.
    const after = rows();
    expect(after.entities).toEqual(before.entities);
    expect(after.aliases).toEqual(before.aliases);
    expect(after.tags.filter((t) => (t as { summary_id: string }).summary_id !== forums)).toEqual(before.tags.filter((t) => (t as { summary_id: string }).summary_id !== forums));
    expect(getSummary(lib.db, forums).tags.filter((t) => t.kind === 'forum').map((t) => t.name).sort()).toEqual(['ARF', 'ASEAN Regional Forum']);
  });

  it('follows what changed since: a deleted summary stays deleted, a refused tag stays refused', () => {
    const { short, full, onlyShort } = seed();
    const second = addSummary(lib.db, { title: 'Lavrov again', body: 'Lavrov spoke.', tags: [{ kind: 'actor', name: 'Lavrov', actorType: 'person' }] }).id;
    const { mergeId } = mergeEntitiesUndoably(lib.db, short, full);
    deleteSummary(lib.db, onlyShort);
    removeTag(lib.db, second, full);
    undoEntityMerge(lib.db, mergeId);
    expect(getSummary(lib.db, second).tags.map((t) => [t.name, t.status])).toEqual([['Lavrov', 'rejected']]);
    expect(lib.db.prepare('SELECT count(*) FROM summary_entities WHERE summary_id = ?').pluck().get(onlyShort)).toBe(0);
    expect(getEntity(lib.db, short).name).toBe('Lavrov');
  });

  it('refuses in words to undo twice, or when the name was taken meanwhile, changing nothing', () => {
    const { short, full } = seed();
    const first = mergeEntitiesUndoably(lib.db, short, full).mergeId;
    undoEntityMerge(lib.db, first);
    expect(() => undoEntityMerge(lib.db, first)).toThrow(/already undone/);
    const again = mergeEntitiesUndoably(lib.db, short, full).mergeId;
    // "Lavrov" is an alias of the survivor now; a new entity takes a name the merged one had.
    lib.db.prepare("DELETE FROM aliases WHERE match_key = 'lavrov'").run();
    ensureEntity(lib.db, { kind: 'actor', name: 'Lavrov', actorType: 'person' });
    const before = rows();
    expect(() => undoEntityMerge(lib.db, again)).toThrow(/“Lavrov” cannot come back: another actor of that name exists now/);
    expect(rows()).toEqual(before);
    expect(() => undoEntityMerge(lib.db, 'no-such-merge')).toThrow(/not in this library any more/);
  });
});
