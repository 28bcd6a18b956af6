import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addAlias,
  ensureEntity,
  findEntityId,
  getEntity,
  listEntities,
  mergeEntityInto,
  renameEntity,
} from '../../electron/library/entities';
import type { Library } from '../../electron/library/open-library';
import { addSummary, countSummaries, deleteSummary, getSummary, libraryStats, updateSummary } from '../../electron/library/summaries';
import { addUserTag, removeTag, replaceExtractedTags } from '../../electron/library/tags';
import { tempLibrary } from '../helpers/temp-library';

let lib: Library;
let cleanup: () => void;
beforeEach(async () => {
  ({ library: lib, cleanup } = await tempLibrary());
});
afterEach(() => cleanup());

describe('summaries', () => {
  it('stores the same text once, whatever its whitespace', () => {
    const first = addSummary(lib.db, { title: 'One', body: 'Ministers met in Vientiane.\n\nThey talked.' });
    const again = addSummary(lib.db, { title: 'Other title', body: '  Ministers met in   Vientiane. They talked. ' });
    expect(first.status).toBe('added');
    expect(again).toEqual({ status: 'duplicate', id: first.id });
    expect(countSummaries(lib.db)).toBe(1);
  });

  it('writes a summary and its tags in one transaction: a bad tag leaves nothing behind', () => {
    expect(() =>
      addSummary(lib.db, { title: 'T', body: 'Body text.', tags: [{ kind: 'forum', name: 'G20' }, { kind: 'actor', name: '...' }] }),
    ).toThrow(/not a usable name/);
    expect(countSummaries(lib.db)).toBe(0);
    expect(findEntityId(lib.db, 'forum', 'G20')).toBeUndefined();
  });

  it('rejects an invalid date with a clear message', () => {
    expect(() => addSummary(lib.db, { title: 'T', body: 'B', meetingDate: '2024-02-30' })).toThrow(/not a day/);
    expect(() => addSummary(lib.db, { title: 'T', body: 'B', meetingDate: '27/07/2024' })).toThrow(/YYYY-MM-DD/);
  });

  it('updates fields, refuses an edit that duplicates another summary, deletes', () => {
    const a = addSummary(lib.db, { title: 'A', body: 'Alpha text.' });
    const b = addSummary(lib.db, { title: 'B', body: 'Beta text.' });
    const updated = updateSummary(lib.db, a.id, { title: 'A2', body: 'Alpha text, edited.', meetingDate: '2024-07' });
    expect(updated.datePrecision).toBe('month');
    expect(() => updateSummary(lib.db, b.id, { title: 'B', body: 'Alpha text, edited.' })).toThrow(/already has exactly this text/);
    deleteSummary(lib.db, a.id);
    expect(() => getSummary(lib.db, a.id)).toThrow(/No summary/);
  });
});

describe('entities and tags', () => {
  it('resolves aliases and folded names to one entity', () => {
    const arf = ensureEntity(lib.db, { kind: 'forum', name: 'ASEAN Regional Forum', aliases: ['ARF'] });
    expect(findEntityId(lib.db, 'forum', 'arf')).toBe(arf);
    expect(ensureEntity(lib.db, { kind: 'forum', name: 'A.R.F.' })).toBe(arf);
    const us = ensureEntity(lib.db, { kind: 'actor', name: 'United States', actorType: 'country', aliases: ['U.S.'] });
    expect(findEntityId(lib.db, 'actor', 'US')).toBe(us);
    expect(findEntityId(lib.db, 'forum', 'U.S.')).toBeUndefined();
  });

  it('keeps user decisions when extraction runs again', () => {
    const { id } = addSummary(lib.db, {
      title: 'T',
      body: 'Lavrov met Wang Yi.',
      tags: [
        { kind: 'actor', name: 'Sergey Lavrov', actorType: 'person', confidence: 0.9 },
        { kind: 'actor', name: 'Wang Yi', actorType: 'person', confidence: 0.8 },
      ],
    });
    const wang = findEntityId(lib.db, 'actor', 'Wang Yi')!;
    removeTag(lib.db, id, wang); // an extracted tag removed = remembered as rejected
    addUserTag(lib.db, id, { kind: 'forum', name: 'SCO' });
    replaceExtractedTags(lib.db, id, [
      { kind: 'actor', name: 'Wang Yi', actorType: 'person', confidence: 0.99 },
      { kind: 'actor', name: 'China', actorType: 'country', confidence: 0.7 },
    ]);
    const tags = Object.fromEntries(getSummary(lib.db, id).tags.map((t) => [t.name, `${t.source}/${t.status}`]));
    expect(tags).toEqual({
      'Wang Yi': 'extracted/rejected',
      China: 'extracted/suggested',
      SCO: 'user/accepted',
    });
  });

  it('renames keeping the old name as an alias, and merges with aliases and tags following', () => {
    const { id } = addSummary(lib.db, { title: 'T', body: 'Text.', tags: [{ kind: 'actor', name: 'Lavrov', actorType: 'person' }] });
    const full = ensureEntity(lib.db, { kind: 'actor', name: 'Sergey Lavrov', actorType: 'person' });
    const short = findEntityId(lib.db, 'actor', 'Lavrov')!;
    addAlias(lib.db, short, 'Sergei Lavrov');
    mergeEntityInto(lib.db, short, full);
    expect(getSummary(lib.db, id).tags.map((t) => t.name)).toEqual(['Sergey Lavrov']);
    expect(findEntityId(lib.db, 'actor', 'Sergei Lavrov')).toBe(full);
    expect(findEntityId(lib.db, 'actor', 'Lavrov')).toBe(full);
    renameEntity(lib.db, full, 'Sergey V. Lavrov');
    expect(getEntity(lib.db, full).aliases).toEqual(expect.arrayContaining(['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']));
    expect(listEntities(lib.db, 'actor').find((e) => e.id === full)?.uses).toBe(1);
    expect(() => addAlias(lib.db, full, 'Sergey V. Lavrov')).not.toThrow();
  });

  it('refuses an alias that already names another entity', () => {
    const a = ensureEntity(lib.db, { kind: 'forum', name: 'G7' });
    ensureEntity(lib.db, { kind: 'forum', name: 'G20' });
    expect(() => addAlias(lib.db, a, 'G20')).toThrow(/already names G20/);
  });

  it('seeds the theme taxonomy once', () => {
    expect(libraryStats(lib.db).themes).toBe(22);
    expect(findEntityId(lib.db, 'theme', 'counterterrorism')).toBeDefined();
  });
});
