import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../electron/library/open-library';
import { getSummary, updateSummary } from '../../electron/library/summaries';
import { decideTag } from '../../electron/library/tags';
import type { SummaryInput } from '../../electron/library/types';
import type { ConflictPolicy } from '../../common/primitives';
import { exportBundle, importBundle, undoImport } from '../../electron/share/bundles';
import { tempDir } from '../helpers/temp-library';
import { buildShareEntryPoints } from './helpers/build-worker';
import { CONTENT_TABLES, dumpLibrary, seedLibrary } from './helpers/library-fixtures';

/** Edits a summary's fields as the app does (tags stay as they are). */
function edit(lib: Library, id: string, changes: Partial<SummaryInput>): void {
  const { tags: _tags, ...fields } = getSummary(lib.db, id);
  updateSummary(lib.db, id, { ...fields, ...changes });
}

const meta = { exportedBy: 'Colleague', appVersion: '0.1.0-test' };

describe('a summary edited on both sides', () => {
  const tmp = tempDir('bbb-share-conflict-');
  let theirs: Library;
  let first: string;
  let edited: string;
  let ids: string[];
  let n = 0;

  beforeAll(async () => {
    await buildShareEntryPoints();
    theirs = await openLibrary(join(tmp.dir, 'theirs.sqlite'));
    ids = seedLibrary(theirs.db, 8);
    first = join(tmp.dir, 'first.bblib');
    exportBundle(theirs.db, { ...meta, scope: { kind: 'library' }, outPath: first });
    // The colleague edits summary 3 (notes and key points) and accepts a suggestion on it.
    const s3 = getSummary(theirs.db, ids[3]!);
    edit(theirs, s3.id, { notes: 'Their analysis.', keyPoints: [...s3.keyPoints, 'Their point'] });
    decideTag(theirs.db, s3.id, s3.tags[0]!.entityId, 'accepted');
    decideTag(theirs.db, s3.id, s3.tags[1]!.entityId, 'accepted');
    edited = join(tmp.dir, 'edited.bblib');
    exportBundle(theirs.db, { ...meta, scope: { kind: 'library' }, outPath: edited });
  });
  afterAll(() => {
    theirs.close();
    tmp.cleanup();
  });

  /** My library: took the first bundle, then edited summary 3 myself and rejected one of its tags. */
  async function mine(): Promise<Library> {
    const lib = await openLibrary(join(tmp.dir, `mine-${n++}.sqlite`));
    await importBundle(lib.db, first);
    const s3 = getSummary(lib.db, ids[3]!);
    edit(lib, s3.id, { title: 'My own title' });
    decideTag(lib.db, s3.id, s3.tags[0]!.entityId, 'rejected');
    return lib;
  }

  const statusOf = (lib: Library, summaryId: string, name: string) => getSummary(lib.db, summaryId).tags.find((t) => t.name === name)?.status;

  it.each<ConflictPolicy>(['keep-mine', 'take-theirs', 'keep-both'])('%s: handled per policy, user decisions kept, undo restores', async (policy) => {
    const lib = await mine();
    try {
      const before = dumpLibrary(lib.db, { tables: CONTENT_TABLES });
      const myTags = getSummary(lib.db, ids[3]!).tags;
      const rejected = myTags[0]!.name;
      const undecided = myTags[1]!.name;
      const result = await importBundle(lib.db, edited, { policy });
      expect(result.summaries).toMatchObject({ changed: 1, identical: 7, added: 0 });
      const now = getSummary(lib.db, ids[3]!);
      // My rejection stands under every policy. Where their tags land on my summary (not in
      // keep-both, where they go with their copy), my undecided suggestion takes their decision.
      expect(statusOf(lib, ids[3]!, rejected)).toBe('rejected');
      expect(statusOf(lib, ids[3]!, undecided)).toBe(policy === 'keep-both' ? 'suggested' : 'accepted');
      expect(result.tags.updated).toBe(policy === 'keep-both' ? 0 : 1);
      if (policy === 'keep-mine') {
        expect(now.title).toBe('My own title');
        expect(now.notes).not.toBe('Their analysis.');
        expect(result.conflicts).toMatchObject([{ id: ids[3], resolution: 'kept-mine' }]);
      } else if (policy === 'take-theirs') {
        expect(now.title).not.toBe('My own title');
        expect(now.notes).toBe('Their analysis.');
        expect(now.originImportId).toBe(result.importId);
      } else {
        expect(now.title).toBe('My own title');
        const copyId = result.conflicts[0]!.copyId!;
        expect(copyId).not.toBe(ids[3]);
        const copy = getSummary(lib.db, copyId);
        expect(copy.notes).toBe('Their analysis.');
        expect(copy.tags.length).toBe(now.tags.length);
        expect(statusOf(lib, copyId, undecided)).toBe('accepted');
        expect(statusOf(lib, copyId, rejected)).toBe('accepted');
        expect(result.summaries.keptBoth).toBe(1);
      }
      // The same file again changes nothing.
      const afterFirst = dumpLibrary(lib.db, { tables: CONTENT_TABLES });
      const again = await importBundle(lib.db, edited, { policy });
      expect(again.importId).toBeNull();
      expect(dumpLibrary(lib.db, { tables: CONTENT_TABLES })).toBe(afterFirst);

      undoImport(lib.db, result.importId!);
      expect(dumpLibrary(lib.db, { tables: CONTENT_TABLES })).toBe(before);
    } finally {
      lib.close();
    }
  });

  it('undo refuses to drop a later hand edit unless forced, and waits for later imports', async () => {
    const lib = await mine();
    try {
      const taken = await importBundle(lib.db, edited, { policy: 'take-theirs' });
      edit(lib, ids[3]!, { notes: 'Edited after the import' });
      const before = dumpLibrary(lib.db);
      expect(() => undoImport(lib.db, taken.importId!)).toThrow(/edited since/);
      expect(dumpLibrary(lib.db)).toBe(before);
      const forced = undoImport(lib.db, taken.importId!, { force: true });
      expect(forced.summariesRestored).toBe(1);
      expect(getSummary(lib.db, ids[3]!).title).toBe('My own title');

      // Import A adds summaries; import B (take-theirs) changes one of them: A waits for B.
      const fresh = await openLibrary(join(tmp.dir, `fresh-${n++}.sqlite`));
      try {
        const a = await importBundle(fresh.db, first);
        const b = await importBundle(fresh.db, edited, { policy: 'take-theirs' });
        expect(() => undoImport(fresh.db, a.importId!)).toThrow(/Undo the later import “.+” \(imported [0-9-]+ [0-9:]+\) first/);
        undoImport(fresh.db, b.importId!);
        const undone = undoImport(fresh.db, a.importId!);
        expect(undone.summariesRemoved).toBe(8);
        expect(fresh.db.prepare('SELECT count(*) FROM summaries').pluck().get()).toBe(0);
      } finally {
        fresh.close();
      }
    } finally {
      lib.close();
    }
  });
});
