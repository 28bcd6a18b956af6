import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureEntity } from '../../electron/library/entities';
import { openLibrary, type Library } from '../../electron/library/open-library';
import { dateNumber, dateOrder, searchIndex, type SearchIndex } from '../../electron/library/search-index';
import { addSummary, deleteSummary, updateSummary } from '../../electron/library/summaries';
import { addUserTag, decideTag, removeTag, tagsOf } from '../../electron/library/tags';
import type { EntityKind } from '../../electron/library/types';

// The index is read from SQLite as concatenated strings; here it is compared, after every
// kind of write, with the same facts read the plain way (one row per summary and per tag).
function plainIndex(db: Database.Database) {
  const summaries = db.prepare('SELECT seq, date_start, date_end FROM summaries ORDER BY seq').all() as Array<{
    seq: number;
    date_start: string | null;
    date_end: string | null;
  }>;
  const tags = db
    .prepare(
      `SELECT s.seq, se.entity_id FROM summary_entities se JOIN summaries s ON s.id = se.summary_id
       WHERE se.status <> 'rejected' ORDER BY s.seq, se.entity_id`,
    )
    .raw()
    .all() as Array<[number, number]>;
  return {
    rows: summaries.map((s) => ({
      seq: s.seq,
      start: dateNumber(s.date_start),
      end: dateNumber(s.date_end),
      tags: tags.filter(([seq]) => seq === s.seq).map(([, id]) => id),
    })),
    entities: db.prepare('SELECT id, kind, name FROM entities ORDER BY id').all(),
  };
}

function indexFacts(index: SearchIndex) {
  return {
    rows: Array.from(index.seqs, (seq, r) => {
      expect(index.rowOf(seq)).toBe(r);
      return {
        seq,
        start: index.dateStart[r],
        end: index.dateEnd[r],
        tags: Array.from(index.tagIds.subarray(index.tagStart[r], index.tagStart[r + 1])).sort((a, b) => a - b),
      };
    }),
    entities: [...index.entities].sort(([a], [b]) => a - b).map(([id, e]) => ({ id, kind: e.kind, name: e.name })),
  };
}

describe('search index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bbb-search-index-'));
  const libraries: Library[] = [];
  afterAll(() => {
    for (const library of libraries) library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('equals the library read row by row after every kind of write, on this connection and a fresh one', async () => {
    const path = join(dir, 'library.sqlite');
    const library = await openLibrary(path);
    libraries.push(library);
    const { db } = library;
    // A deterministic pseudo-random sequence, so a failure replays the same way.
    let state = 42;
    const random = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const kinds: EntityKind[] = ['forum', 'actor', 'theme'];
    const dates = [undefined, '2024', '2024-07', '2024-07-27', '1999-12-31', '2031-02'];
    const ids: string[] = [];
    const tagsFor = () =>
      Array.from({ length: random(6) }, () => ({
        kind: kinds[random(3)]!,
        name: `Entity ${random(25)}`,
        confidence: 0.5,
      }));
    for (let i = 0; i < 40; i++) {
      const added = addSummary(db, { title: `S${i}`, body: `Body ${i}`, meetingDate: dates[random(dates.length)], tags: tagsFor() });
      ids.push(added.id);
    }
    expect(indexFacts(searchIndex(db))).toEqual(plainIndex(db));

    for (let step = 0; step < 60; step++) {
      const id = ids[random(ids.length)]!;
      const tags = tagsOf(db, id);
      const tag = tags[random(Math.max(tags.length, 1))];
      switch (random(7)) {
        case 0:
          ids.push(addSummary(db, { title: `New ${step}`, body: `New body ${step}`, meetingDate: dates[random(dates.length)], tags: tagsFor() }).id);
          break;
        case 1:
          deleteSummary(db, id);
          ids.splice(ids.indexOf(id), 1);
          break;
        case 2:
          updateSummary(db, id, { title: `Edited ${step}`, body: `Edited body ${step}`, meetingDate: dates[random(dates.length)] });
          break;
        case 3:
          if (tag) decideTag(db, id, tag.entityId, 'rejected');
          break;
        case 4:
          if (tag) decideTag(db, id, tag.entityId, 'accepted');
          break;
        case 5:
          if (tag) removeTag(db, id, tag.entityId);
          break;
        default:
          addUserTag(db, id, { kind: kinds[random(3)]!, name: `Entity ${random(30)}` });
      }
      if (step % 7 === 0) ensureEntity(db, { kind: 'theme', name: `Theme ${step}` });
      expect(indexFacts(searchIndex(db))).toEqual(plainIndex(db));
      if (step % 5 === 0) {
        for (const [dir, sql] of [[1, 'ASC'], [-1, 'DESC']] as const) {
          const index = searchIndex(db);
          expect(Array.from(dateOrder(index, dir), (r) => index.seqs[r])).toEqual(
            db.prepare(`SELECT seq FROM summaries ORDER BY date_start IS NULL, date_start ${sql}, seq ${sql}`).pluck().all(),
          );
        }
      }
    }
    expect(plainIndex(db).rows.some((r) => r.start !== -1 && r.start !== r.end)).toBe(true);
    expect((db.prepare("SELECT count(*) FROM summary_entities WHERE status = 'rejected'").pluck().get() as number) > 0).toBe(true);

    // A second connection's first index (fresh build) equals this connection's maintained one.
    const other = new Database(path, { readonly: true });
    try {
      expect(indexFacts(searchIndex(other))).toEqual(indexFacts(searchIndex(db)));
    } finally {
      other.close();
    }
  });

  it('is empty for a library without summaries', async () => {
    const library = await openLibrary(join(dir, 'empty.sqlite'));
    libraries.push(library);
    const index = searchIndex(library.db);
    expect(index.seqs.length).toBe(0);
    expect(index.tagIds.length).toBe(0);
    expect(index.tagStart).toEqual(new Int32Array(1));
  });
});
