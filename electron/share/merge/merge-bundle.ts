import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { bookRows, type BookItemRow } from '../../library/books';
import {
  bundleSummaryStatements,
  deferFtsInserts,
  libraryHasSummaries,
  summaryRowById,
  summaryRowsByHash,
  type BundleSummaryRow,
  type BundleSummaryStatements,
} from '../../library/bulk-summaries';
import { ImportJournal, keyOf } from '../../library/import-journal';
import { setImportStats, startBundleImport } from '../../library/imports';
import { sameSummaryContent, summaryContentHash, type SummaryRow } from '../../library/summary-row';
import { newTagBatch, tagRows, type TagTableRow } from '../../library/tags';
import type { ConflictPolicy, Progress } from '../../../common/primitives';
import { bundleText, type BundleContent } from '../bundle-format';
import { mapBundleEntities } from './map-bundle-entities';
import type { MergeReport, SummaryConflict } from '../share-types';

export interface MergeOptions {
  policy: ConflictPolicy;
  dryRun: boolean;
  label: string;
  onProgress?: (p: Progress) => void;
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
  // Tags of new summaries go in 64 to a statement (newTagBatch): such a statement keeps a
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

/** The steps of one merge, inside its transaction: record, entities, summaries with their tags, books, index. */
function applyBundle(db: Database, content: BundleContent, options: MergeOptions): MergeReport {
  const { manifest, rows } = content;
  const importId = startBundleImport(db, { label: options.label, checksum: manifest.contentSha256, exportedBy: manifest.exportedBy });
  const journal = new ImportJournal(db, importId);
  const finishIndexing = deferFtsInserts(db);
  const report = emptyReport(importId, content, options);
  const entities = mapBundleEntities(db, rows.entities, rows.aliases, journal);
  Object.assign(report.entities, { added: entities.added, merged: entities.merged, aliasesAdded: entities.aliasesAdded });
  report.entityMerges = entities.merges.slice(0, LIST_LIMIT);
  const merge = new SummaryMerge(db, content, options, journal, report, entities.map);
  const idMap = merge.run();
  mergeBooks(db, content, journal, report, idMap);
  // A preview is rolled back anyway: it need not index anything.
  finishIndexing({ skipIndexing: options.dryRun });
  journal.flush();
  options.onProgress?.({ done: rows.summaries.length, total: rows.summaries.length, label: 'merged' });
  if (journal.size === 0) return { ...report, importId: null };
  const { summaries, entities: entityCounts, tags, books } = report;
  setImportStats(db, importId, { summaries, entities: entityCounts, tags, books, policy: options.policy });
  return report;
}

function emptyReport(importId: string, { rows }: BundleContent, options: MergeOptions): MergeReport {
  return {
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
}

/** Where a bundle summary ended up here, and whether this import added it. */
interface Placement {
  localId: string;
  isNew: boolean;
}

/** The summaries of one merge with their tags, one after another (ids mapped onto this library). */
class SummaryMerge {
  private readonly summaries: BundleSummaryStatements;
  private readonly newTags;
  private readonly tagsOf = new Map<string, TagTableRow[]>();
  // Into a library that held no summaries, a summary whose id and text this import has not
  // added yet can be neither identical, nor changed, nor the same text as one here: it is
  // added without the three look-ups (30,000 of them for a 10,000-summary bundle).
  private readonly libraryWasEmpty: boolean;
  private readonly addedIds = new Set<string>();
  private readonly addedHashes = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly content: BundleContent,
    private readonly options: MergeOptions,
    private readonly journal: ImportJournal,
    private readonly report: MergeReport,
    private readonly entityMap: Map<number, number>,
  ) {
    this.summaries = bundleSummaryStatements(db, content.columns.summaries as Array<keyof BundleSummaryRow>);
    this.newTags = newTagBatch(db);
    this.libraryWasEmpty = !libraryHasSummaries(db);
    for (const t of content.rows.summary_entities) {
      const list = this.tagsOf.get(t.summary_id) ?? [];
      list.push(t);
      this.tagsOf.set(t.summary_id, list);
    }
  }

  /** Merges every summary; returns bundle summary id -> the id it has here. */
  run(): Map<string, string> {
    const idMap = new Map<string, string>();
    const all = this.content.rows.summaries;
    all.forEach((theirs, index) => {
      const placed = this.place(theirs);
      idMap.set(theirs.id, placed.localId);
      this.mergeTags(placed, this.tagsOf.get(theirs.id) ?? []);
      if (index % 500 === 0) this.options.onProgress?.({ done: index, total: all.length, label: 'summaries' });
    });
    this.newTags.flush();
    this.report.tags.added += this.newTags.changes;
    return idMap;
  }

  private place(theirs: BundleSummaryRow): Placement {
    const { id } = theirs;
    const surelyNew = this.libraryWasEmpty && !this.addedIds.has(id) && !this.addedHashes.has(theirs.content_hash);
    if (!surelyNew && this.summaries.identical(theirs)) {
      this.report.summaries.identical++;
      return { localId: id, isNew: false };
    }
    const mine = surelyNew ? undefined : summaryRowById(this.db, id);
    if (mine) return this.resolveConflict(theirs, mine);
    const sameText = surelyNew ? undefined : summaryRowsByHash(this.db, theirs.content_hash)[0];
    if (sameText) {
      this.report.summaries.sameText++;
      return { localId: sameText.id, isNew: false };
    }
    this.insert(theirs, id);
    this.report.summaries.added++;
    return { localId: id, isNew: true };
  }

  /** Their summary has an id here with other content: the policy decides. */
  private resolveConflict(theirs: BundleSummaryRow, mine: SummaryRow): Placement {
    const { id } = theirs;
    const counts = this.report.summaries;
    counts.changed++;
    const base = { id, mineTitle: mine.title, theirsTitle: theirs.title };
    const elsewhere = () => summaryRowsByHash(this.db, theirs.content_hash).filter((r) => r.id !== id);
    if (this.options.policy === 'keep-mine') {
      counts.keptMine++;
      this.conflict({ ...base, resolution: 'kept-mine' });
    } else if (this.options.policy === 'take-theirs') {
      if (elsewhere().length > 0) {
        // Their text already is another summary here: taking it would hold the same text twice.
        counts.keptMine++;
        this.conflict({ ...base, resolution: 'kept-mine-text-elsewhere' });
      } else {
        const { seq: _seq, ...before } = mine;
        this.journal.updated('summary', id, before, hashOf(theirs));
        this.summaries.replace(theirs, this.journal.importId);
        counts.tookTheirs++;
        this.conflict({ ...base, resolution: 'took-theirs' });
      }
    } else {
      const copy = elsewhere().find((r) => sameSummaryContent(r, asText(theirs)));
      if (copy) {
        this.conflict({ ...base, resolution: 'copy-already-kept', copyId: copy.id });
        return { localId: copy.id, isNew: false };
      }
      const copyId = randomUUID();
      this.insert(theirs, copyId);
      counts.keptBoth++;
      this.conflict({ ...base, resolution: 'kept-both', copyId });
      return { localId: copyId, isNew: true };
    }
    return { localId: id, isNew: false };
  }

  private insert(theirs: BundleSummaryRow, id: string): void {
    this.summaries.insert(theirs, id, this.journal.importId);
    this.addedIds.add(id);
    this.addedHashes.add(theirs.content_hash);
    this.journal.inserted('summary', id, hashOf(theirs));
  }

  private conflict(c: SummaryConflict): void {
    if (this.report.conflicts.length < LIST_LIMIT) this.report.conflicts.push(c);
    else this.report.truncated = true;
  }

  /**
   * Their tags join the summary. Where this library already has the tag, a decision made here
   * (a user tag, an accepted or rejected suggestion) always stands; an undecided suggestion
   * here gives way to a decision made there.
   */
  private mergeTags({ localId, isNew }: Placement, tags: TagTableRow[]): void {
    if (isNew) {
      // No journal rows: they leave with their summary on undo (ON DELETE CASCADE). Counted in
      // report.tags.added once flushed (a duplicate, where two bundle entities became one here,
      // is ignored and not counted).
      for (const t of tags) this.newTags.add(t, localId, this.entityMap.get(t.entity_id)!);
      return;
    }
    const mapped = tags.map((t) => ({ ...t, summary_id: localId, entity_id: this.entityMap.get(t.entity_id)! }));
    // This summary may be one the import just added (same text as an earlier bundle summary):
    // its tags must be in before this one's are compared with them.
    this.newTags.flush();
    for (const t of mapped) {
      const key = keyOf.tag(localId, t.entity_id);
      const decidedHere = tagRows.isDecided(this.db, localId, t.entity_id);
      if (decidedHere === undefined) {
        if (!tagRows.insert(this.db, t)) continue;
        this.journal.inserted('tag', key);
        this.report.tags.added++;
      } else if (!decidedHere && (t.source === 'user' || t.status !== 'suggested')) {
        this.journal.updated('tag', key, tagRows.get(this.db, localId, t.entity_id)!);
        tagRows.setDecision(this.db, t);
        this.report.tags.updated++;
      }
    }
  }
}

/**
 * The journal's after-image hash of an added or replaced summary. Computed only for the rows
 * that need one (decoding their bodies): a reader hashing every summary cost a re-import of
 * identical ones ~0.2 s per 10,000 for nothing.
 */
function hashOf(theirs: BundleSummaryRow): string {
  return summaryContentHash(asText(theirs));
}

/** A bundle summary with its body as a string (it may have arrived as UTF-8 bytes). */
function asText(row: BundleSummaryRow): BundleSummaryRow & { body: string } {
  return { ...row, body: bundleText(row.body) };
}

function mergeBooks(db: Database, content: BundleContent, journal: ImportJournal, report: MergeReport, idMap: Map<string, string>): void {
  if (content.rows.books.length === 0) return;
  const insert = bookRows.inserter(db, content.columns.books);
  const itemsOf = new Map<string, BookItemRow[]>();
  for (const item of content.rows.book_items) {
    const list = itemsOf.get(item.book_id) ?? [];
    list.push(item);
    itemsOf.set(item.book_id, list);
  }
  for (const book of content.rows.books) {
    if (bookRows.exists(db, book.id)) {
      // A book of the same id is the user's own book here; its contents are theirs to edit.
      report.books.existing++;
      continue;
    }
    insert(book);
    journal.inserted('book', book.id);
    report.books.added++;
    for (const item of itemsOf.get(book.id) ?? []) bookRows.insertItem(db, { ...item, summary_id: idMap.get(item.summary_id)! });
  }
}
