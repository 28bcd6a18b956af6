import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { bundleText, type BundleContent, type BundleRow, type ConflictPolicy } from '../bundle-format';
import { BatchedInsert } from '../../library/batched-insert';
import { deferFtsInserts } from '../../library/bulk-fts';
import { ImportJournal, keyOf, sameSummaryContent, SUMMARY_CONTENT_FIELDS, summaryContentHash } from '../../library/import-journal';
import { mergeEntities, type EntityMerge } from './merge-entities';

export interface SummaryConflict {
  id: string;
  mineTitle: string;
  theirsTitle: string;
  resolution: 'kept-mine' | 'took-theirs' | 'kept-both' | 'copy-already-kept' | 'kept-mine-text-elsewhere';
  /** The id theirs is stored under when kept as a copy. */
  copyId?: string;
}

export interface MergeReport {
  importId: string | null;
  dryRun: boolean;
  policy: ConflictPolicy;
  summaries: { inBundle: number; added: number; identical: number; sameText: number; changed: number; keptMine: number; tookTheirs: number; keptBoth: number };
  entities: { inBundle: number; added: number; merged: number; aliasesAdded: number };
  tags: { added: number; updated: number };
  books: { inBundle: number; added: number; existing: number };
  conflicts: SummaryConflict[];
  entityMerges: EntityMerge[];
  /** True when conflicts/entityMerges were cut to LIST_LIMIT entries. */
  truncated: boolean;
}

export interface MergeOptions {
  policy: ConflictPolicy;
  dryRun: boolean;
  label: string;
  onProgress?: (done: number, total: number, label: string) => void;
}

const LIST_LIMIT = 500;
class Rollback extends Error {}

/**
 * Merges a verified bundle into the library in ONE transaction and journals every change.
 * A dry run (inspect, --dry-run) runs exactly the same code and rolls back, so the preview
 * can never disagree with the import. An import that would change nothing is rolled back too
 * and leaves no trace (importId null).
 */
export function mergeBundle(db: Database, content: BundleContent, options: MergeOptions): MergeReport {
  let report: MergeReport | undefined;
  // Tags of new summaries go in 64 to a statement (BatchedInsert): such a statement keeps a
  // statement journal (with foreign keys on it may fail half-way), which must stay in memory,
  // not spill to a temporary file. Only for the merge; put back afterwards (it cannot change
  // inside a transaction, and changing it drops temp tables: the merge keeps none).
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  db.pragma('temp_store = MEMORY');
  try {
    db.transaction(() => {
      report = applyBundle(db, content, options);
      if (options.dryRun || report.importId === null) throw new Rollback();
    })();
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  } finally {
    db.pragma(`temp_store = ${Math.trunc(tempStore)}`);
  }
  // A preview names no import: the id it used existed only inside the rolled-back transaction.
  return options.dryRun ? { ...report!, importId: null } : report!;
}

function applyBundle(db: Database, content: BundleContent, options: MergeOptions): MergeReport {
  const importId = randomUUID();
  const { manifest, rows, columns } = content;
  db.prepare(
    `INSERT INTO imports (id, kind, label, bundle_checksum, exported_by, stats, created_at)
     VALUES (?, 'bundle', ?, ?, ?, '{}', ?)`,
  ).run(importId, options.label.slice(0, 300), manifest.contentSha256, manifest.exportedBy, new Date().toISOString());
  const journal = new ImportJournal(db, importId);
  const finishIndexing = deferFtsInserts(db);
  const report: MergeReport = {
    importId,
    dryRun: options.dryRun,
    policy: options.policy,
    summaries: { inBundle: rows.summaries.length, added: 0, identical: 0, sameText: 0, changed: 0, keptMine: 0, tookTheirs: 0, keptBoth: 0 },
    entities: { inBundle: rows.entities.length, added: 0, merged: 0, aliasesAdded: 0 },
    tags: { added: 0, updated: 0 },
    books: { inBundle: rows.books.length, added: 0, existing: 0 },
    conflicts: [],
    entityMerges: [],
    truncated: false,
  };

  const entities = mergeEntities(db, rows.entities, rows.aliases, journal);
  Object.assign(report.entities, { added: entities.added, merged: entities.merged, aliasesAdded: entities.aliasesAdded });
  report.entityMerges = entities.merges.slice(0, LIST_LIMIT);

  const summaryCols = columns.summaries;
  // A body read through the worker is UTF-8 bytes (bundle-transfer.ts); SQLite turns it back into text.
  const param = (c: string) => (c === 'body' ? 'CAST(@body AS TEXT)' : `@${c}`);
  // The journal's after-image hash of an added or replaced summary. Computed here, only for the
  // rows that need one (decoding their bodies): a reader hashing every summary cost a
  // re-import of identical ones ~0.2 s per 10,000 for nothing.
  const hashOf = (theirs: BundleRow) => summaryContentHash(asText(theirs));
  const s = {
    byId: db.prepare<[string], BundleRow>('SELECT * FROM summaries WHERE id = ?'),
    // Compared inside SQLite: re-importing thousands of identical summaries then copies none of their text out.
    identical: db.prepare<[BundleRow], number>(
      `SELECT 1 FROM summaries WHERE id = @id AND ${SUMMARY_CONTENT_FIELDS.map((f) => `"${f}" IS ${param(f)}`).join(' AND ')}`,
    ),
    byHash: db.prepare<[string], BundleRow>('SELECT * FROM summaries WHERE content_hash = ? ORDER BY seq'),
    // Positional: 10,000 new summaries need no copy of each row as a named-parameter object.
    insert: db.prepare(
      `INSERT INTO summaries (${summaryCols.map((c) => `"${c}"`).join(', ')}, origin_import_id)
       VALUES (${summaryCols.map((c) => (c === 'body' ? 'CAST(? AS TEXT)' : '?')).join(', ')}, ?)`,
    ),
    update: db.prepare(
      `UPDATE summaries SET ${summaryCols
        .filter((c) => c !== 'id' && c !== 'created_at')
        .map((c) => `"${c}" = ${param(c)}`)
        .join(', ')}, origin_import_id = @origin_import_id WHERE id = @id`,
    ),
    tagOne: db.prepare<[string, number], BundleRow>('SELECT * FROM summary_entities WHERE summary_id = ? AND entity_id = ?'),
    // Whether the tag is there and decided, without building the whole row (re-imports ask 80,000 times).
    tagDecided: db.prepare<[string, number], number>(
      `SELECT source = 'user' OR status <> 'suggested' FROM summary_entities WHERE summary_id = ? AND entity_id = ?`,
    ).pluck(),
    insertTag: db.prepare(
      `INSERT OR IGNORE INTO summary_entities (summary_id, entity_id, role, confidence, source, status, evidence)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateTag: db.prepare(
      `UPDATE summary_entities SET role = @role, confidence = @confidence, source = @source, status = @status, evidence = @evidence
       WHERE summary_id = @summary_id AND entity_id = @entity_id`,
    ),
    // Tags of summaries this import adds: nothing can be there yet, so they go in in batches
    // (80,000 one-row statements cost ~0.3 s more for a 10,000-summary bundle).
    // A new summary keeps its primary forum (bundles before schema 40 have none); a tag joining a
    // summary already here never does: the primary forum chosen here stands.
    newTags: new BatchedInsert(db, 'INSERT OR IGNORE INTO summary_entities (summary_id, entity_id, role, confidence, source, status, evidence, is_primary)', 8),
  };

  const tagsOf = new Map<string, BundleRow[]>();
  for (const t of rows.summary_entities) {
    const list = tagsOf.get(t.summary_id as string) ?? [];
    list.push(t);
    tagsOf.set(t.summary_id as string, list);
  }
  const idMap = new Map<string, string>();
  const conflict = (c: SummaryConflict) => {
    if (report.conflicts.length < LIST_LIMIT) report.conflicts.push(c);
    else report.truncated = true;
  };
  // Into a library that held no summaries, a summary whose id and text this import has not
  // added yet can be neither identical, nor changed, nor the same text as one here: it is
  // added without the three look-ups (30,000 of them for a 10,000-summary bundle).
  const libraryWasEmpty = db.prepare('SELECT 1 FROM summaries LIMIT 1').get() === undefined;
  const addedIds = new Set<string>();
  const addedHashes = new Set<unknown>();
  const insertSummary = (theirs: BundleRow, id: string) => {
    s.insert.run(...summaryCols.map((c) => (c === 'id' ? id : theirs[c])), importId);
    addedIds.add(id);
    addedHashes.add(theirs.content_hash);
    journal.inserted('summary', id, hashOf(theirs));
  };

  rows.summaries.forEach((theirs, index) => {
    const id = theirs.id as string;
    const surelyNew = libraryWasEmpty && !addedIds.has(id) && !addedHashes.has(theirs.content_hash);
    const identical = !surelyNew && s.identical.get(theirs) !== undefined;
    const mine = identical || surelyNew ? undefined : s.byId.get(id);
    let localId: string;
    let isNew = false;
    if (identical) {
      report.summaries.identical++;
      localId = id;
    } else if (mine) {
      report.summaries.changed++;
      localId = id;
      const base = { id, mineTitle: mine.title as string, theirsTitle: theirs.title as string };
      if (options.policy === 'keep-mine') {
        report.summaries.keptMine++;
        conflict({ ...base, resolution: 'kept-mine' });
      } else if (options.policy === 'take-theirs') {
        const elsewhere = s.byHash.all(theirs.content_hash as string).some((r) => r.id !== id);
        if (elsewhere) {
          // Their text already is another summary here: taking it would hold the same text twice.
          report.summaries.keptMine++;
          conflict({ ...base, resolution: 'kept-mine-text-elsewhere' });
        } else {
          const { seq: _seq, ...before } = mine;
          journal.updated('summary', id, before, hashOf(theirs));
          s.update.run({ ...theirs, origin_import_id: importId });
          report.summaries.tookTheirs++;
          conflict({ ...base, resolution: 'took-theirs' });
        }
      } else {
        const copy = s.byHash.all(theirs.content_hash as string).find((r) => r.id !== id && sameSummaryContent(r, asText(theirs)));
        if (copy) {
          localId = copy.id as string;
          conflict({ ...base, resolution: 'copy-already-kept', copyId: localId });
        } else {
          localId = randomUUID();
          insertSummary(theirs, localId);
          isNew = true;
          report.summaries.keptBoth++;
          conflict({ ...base, resolution: 'kept-both', copyId: localId });
        }
      }
    } else {
      const sameText = surelyNew ? undefined : s.byHash.get(theirs.content_hash as string);
      if (sameText) {
        report.summaries.sameText++;
        localId = sameText.id as string;
      } else {
        insertSummary(theirs, id);
        report.summaries.added++;
        localId = id;
        isNew = true;
      }
    }
    idMap.set(id, localId);
    mergeTags(s, journal, report, localId, isNew, tagsOf.get(id) ?? [], entities.map);
    if (index % 500 === 0) options.onProgress?.(index, rows.summaries.length, 'summaries');
  });

  s.newTags.flush();
  report.tags.added += s.newTags.changes;
  mergeBooks(db, content, journal, report, idMap);
  // A preview is rolled back anyway: it need not index anything.
  finishIndexing({ skipIndexing: options.dryRun });
  journal.flush();
  options.onProgress?.(rows.summaries.length, rows.summaries.length, 'merged');
  if (journal.size === 0) return { ...report, importId: null };
  db.prepare('UPDATE imports SET stats = ? WHERE id = ?').run(
    JSON.stringify({ summaries: report.summaries, entities: report.entities, tags: report.tags, books: report.books, policy: options.policy }),
    importId,
  );
  return report;
}

/** A bundle summary with its body as a string (it may have arrived as UTF-8 bytes). */
function asText(row: BundleRow): BundleRow {
  return row.body instanceof Uint8Array ? { ...row, body: bundleText(row.body) } : row;
}

type SummaryStatements = {
  tagOne: Statement<[string, number], BundleRow>;
  tagDecided: Statement<[string, number], number>;
  insertTag: Statement;
  updateTag: Statement;
  newTags: BatchedInsert;
};

function decided(tag: BundleRow): boolean {
  return tag.source === 'user' || tag.status !== 'suggested';
}

/**
 * Their tags join the summary. Where this library already has the tag, a decision made here
 * (a user tag, an accepted or rejected suggestion) always stands; an undecided suggestion
 * here gives way to a decision made there.
 */
function mergeTags(
  s: SummaryStatements,
  journal: ImportJournal,
  report: MergeReport,
  summaryId: string,
  isNew: boolean,
  tags: BundleRow[],
  entityMap: Map<number, number>,
): void {
  if (isNew) {
    // No journal rows: they leave with their summary on undo (ON DELETE CASCADE). Counted in
    // report.tags.added once flushed (a duplicate, where two bundle entities became one here,
    // is ignored and not counted).
    for (const t of tags) s.newTags.add(summaryId, entityMap.get(t.entity_id as number)!, t.role, t.confidence, t.source, t.status, t.evidence, t.is_primary ?? 0);
    return;
  }
  // This summary may be one the import just added (same text as an earlier bundle summary):
  // its tags must be in before this one's are compared with them.
  s.newTags.flush();
  for (const t of tags) {
    const entityId = entityMap.get(t.entity_id as number)!;
    const existingDecided = isNew ? undefined : s.tagDecided.get(summaryId, entityId);
    if (existingDecided === undefined) {
      // Positional values: 80,000 tags of a new bundle need no copy of each row.
      if (s.insertTag.run(summaryId, entityId, t.role, t.confidence, t.source, t.status, t.evidence).changes === 0) continue;
      // Tags of a summary this import inserted leave with it on undo (ON DELETE CASCADE).
      if (!isNew) journal.inserted('tag', keyOf.tag(summaryId, entityId));
      report.tags.added++;
    } else if (!existingDecided && decided(t)) {
      journal.updated('tag', keyOf.tag(summaryId, entityId), s.tagOne.get(summaryId, entityId)!);
      s.updateTag.run({ ...t, summary_id: summaryId, entity_id: entityId });
      report.tags.updated++;
    }
  }
}

function mergeBooks(db: Database, content: BundleContent, journal: ImportJournal, report: MergeReport, idMap: Map<string, string>): void {
  if (content.rows.books.length === 0) return;
  const cols = content.columns.books;
  const exists = db.prepare<[string]>('SELECT 1 FROM books WHERE id = ?');
  const insert = db.prepare(`INSERT INTO books (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
  const insertItem = db.prepare('INSERT OR IGNORE INTO book_items (book_id, summary_id, position) VALUES (?, ?, ?)');
  const itemsOf = new Map<string, BundleRow[]>();
  for (const item of content.rows.book_items) {
    const list = itemsOf.get(item.book_id as string) ?? [];
    list.push(item);
    itemsOf.set(item.book_id as string, list);
  }
  for (const book of content.rows.books) {
    const id = book.id as string;
    if (exists.get(id)) {
      // A book of the same id is the user's own book here; its contents are theirs to edit.
      report.books.existing++;
      continue;
    }
    insert.run(book);
    journal.inserted('book', id);
    report.books.added++;
    for (const item of itemsOf.get(id) ?? []) insertItem.run(id, idMap.get(item.summary_id as string)!, item.position);
  }
}
