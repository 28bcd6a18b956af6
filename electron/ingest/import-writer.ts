import type { Database } from 'better-sqlite3';
import { basename } from 'node:path';
import type { Library } from '../library/open-library';
import { addSummary, contentHash, findSummaryByHash, getSummary } from '../library/summaries';
import type { ActorType, EntityKind, FieldEvidence, TagInput } from '../library/types';
import type { Extraction } from './extract/types';
import { refusal } from './extract/extract-file';
import { finishFileImport, startFileImport } from './import-record';
import { extractionTags, namesInOwnScript } from './prepare-summary';
import { NameResolver } from './resolve-names';

/**
 * The write side of an import: (possibly user-edited) items into the library, each summary
 * with its tags, in chunked transactions, recorded as one batch in `imports`. One bad item
 * is refused on its own; nothing of it is written.
 */
export const PASTED_LABEL = 'Pasted text';

/** A tag as the import review sends it back: extracted (maybe accepted or rejected) or added. */
export interface CommitTag {
  kind: EntityKind;
  name: string;
  actorType?: ActorType;
  /** Theme id of the seeded taxonomy, when the tag is one of those themes. */
  themeId?: string;
  confidence?: number;
  evidence?: Array<[number, number]>;
  /** 'suggested' (default, not reviewed), 'accepted' or 'rejected' by the user. */
  decision?: 'suggested' | 'accepted' | 'rejected';
  /** True when the user added the tag (it did not come from extraction). */
  addedByUser?: boolean;
  /** The forum the meeting took place in (forum tags only; one per item). */
  isPrimary?: boolean;
  /** Other names the text gave the entity (a person's name in its own script), stored as aliases. */
  aliases?: string[];
}

export interface CommitItem {
  file: string;
  title: string;
  date?: string | null;
  city?: string | null;
  country?: string | null;
  body: string;
  keyPoints?: string[];
  /** The publisher; the file's own name goes in sourceFile (set from `file` when stored). */
  sourceName?: string | null;
  sourceUrl?: string | null;
  sourceAuthor?: string | null;
  publishedDate?: string | null;
  titleGenerated?: boolean;
  /** Extraction's reasons for the date and place; null once the user changed the value. */
  dateEvidence?: FieldEvidence | null;
  placeEvidence?: FieldEvidence | null;
  notes?: string;
  tags: CommitTag[];
}

export interface ImportResult {
  file: string;
  status: 'added' | 'duplicate' | 'refused' | 'would-add';
  summaryId?: string;
  title?: string;
  reason?: string;
}

export interface ImportReport {
  /** The `imports` row recording the batch, when it added anything. */
  importId: string | null;
  results: ImportResult[];
  added: number;
  duplicates: number;
  refused: number;
}

export interface ImportItemsOptions {
  onProgress?: (p: { done: number; total: number; label: string }) => void;
  /** The batch's name in the import history (default: the first file's name and a count). */
  label?: string;
  /** Items of the same batch refused before this step (at preview), counted in the batch's record. */
  refusedEarlier?: number;
  duplicatesEarlier?: number;
}

/**
 * Summaries written per commit (see BatchWriter.write). Each commit is an fsync and an FTS5
 * segment flush; 500 took ~15% less CPU per summary than 200 on the benchmark corpus.
 */
export const COMMIT_CHUNK = 500;

export function importItems(library: Library, items: readonly CommitItem[], options: ImportItemsOptions = {}): ImportReport {
  const writer = new BatchWriter(library, options.label ?? batchLabel(items.map((i) => i.file)));
  for (let start = 0; start < items.length; start += COMMIT_CHUNK) {
    const chunk = items.slice(start, start + COMMIT_CHUNK);
    writer.write(chunk, (i) => options.onProgress?.({ done: start + i, total: items.length, label: basename(chunk[i]!.file) }));
  }
  options.onProgress?.({ done: items.length, total: items.length, label: '' });
  return writer.finish(options.refusedEarlier ?? 0, options.duplicatesEarlier ?? 0);
}

/**
 * One batch's writes, a chunk at a time: `write` may be called between awaits (importPaths
 * writes while workers extract the next files), so names are re-checked against the
 * library before each chunk.
 */
export class BatchWriter {
  readonly results: ImportResult[] = [];
  private readonly db: Database;
  private readonly importId: string;
  private resolver: NameResolver;

  constructor(library: Library, label: string) {
    this.db = library.db;
    this.importId = startFileImport(this.db, label);
    this.resolver = new NameResolver(this.db);
  }

  /**
   * One commit for the chunk, not one per summary: with synchronous=FULL every commit is an
   * fsync, and FTS5 flushes its pending terms at every savepoint, so per-summary transactions
   * capped imports far below SQLite's insert rate. If any summary of the chunk fails, the
   * chunk is rolled back whole and redone one summary per transaction, so only the bad one
   * is refused.
   */
  write(chunk: readonly CommitItem[], report?: (i: number) => void): ImportResult[] {
    const { db, importId } = this;
    this.resolver.revalidate();
    let written: ImportResult[];
    try {
      written = db.transaction(() => chunk.map((item, i) => (report?.(i), writeOne(db, this.resolver, item, importId))))();
    } catch {
      this.resolver = new NameResolver(db); // it may remember entities the rollback removed
      written = chunk.map((item, i) => {
        report?.(i);
        const result = commitOne(db, this.resolver, item, importId);
        if (result.status === 'refused') this.resolver = new NameResolver(db);
        return result;
      });
    }
    this.resolver.synced();
    this.results.push(...written);
    return written;
  }

  /** Records the batch's counts (a batch that added nothing leaves no record). */
  finish(refusedEarlier: number, duplicatesEarlier: number): ImportReport {
    const count = (s: ImportResult['status']) => this.results.filter((r) => r.status === s).length;
    const added = count('added');
    finishFileImport(this.db, this.importId, { added, duplicates: count('duplicate') + duplicatesEarlier, refused: count('refused') + refusedEarlier });
    return { importId: added > 0 ? this.importId : null, results: this.results, added, duplicates: count('duplicate'), refused: count('refused') };
  }
}

function commitOne(db: Database, resolver: NameResolver, item: CommitItem, importId: string): ImportResult {
  try {
    return db.transaction(() => writeOne(db, resolver, item, importId))();
  } catch (error) {
    return { file: item.file, status: 'refused', reason: refusal(item.file, error) };
  }
}

/**
 * Writes one summary inside the caller's transaction. Text already in the library is
 * reported as a duplicate before anything is written (so its tags create no entities);
 * anything else that goes wrong throws, and the caller's transaction decides what survives.
 */
function writeOne(db: Database, resolver: NameResolver, item: CommitItem, importId: string): ImportResult {
  const existing = findSummaryByHash(db, contentHash(item.body));
  if (existing) {
    return { file: item.file, status: 'duplicate', summaryId: existing, reason: `Already in the library as "${getSummary(db, existing).title}".` };
  }
  const tags = item.tags.map((t) => toTagInput(resolver, t));
  const result = addSummary(db, {
    title: item.title,
    meetingDate: item.date ?? null,
    city: item.city ?? null,
    country: item.country ?? null,
    body: item.body,
    keyPoints: item.keyPoints ?? [],
    sourceName: item.sourceName ?? null,
    sourceUrl: item.sourceUrl ?? null,
    sourceAuthor: item.sourceAuthor ?? null,
    publishedDate: item.publishedDate ?? null,
    sourceFile: item.file === PASTED_LABEL ? null : basename(item.file),
    titleGenerated: item.titleGenerated ?? false,
    dateEvidence: item.dateEvidence ?? null,
    placeEvidence: item.placeEvidence ?? null,
    notes: item.notes ?? '',
    tags,
    originImportId: importId,
  });
  if (result.status === 'duplicate') throw new Error(`Already in the library as ${result.id}.`);
  return { file: item.file, status: 'added', summaryId: result.id, title: item.title };
}

function toTagInput(resolver: NameResolver, t: CommitTag): TagInput {
  const entityId = resolver.ensure({ kind: t.kind, name: t.name, actorType: t.actorType, themeSlug: t.kind === 'theme' ? t.themeId : undefined });
  if (t.aliases?.length && t.decision !== 'rejected') resolver.ensureAliases(entityId, t.kind, t.aliases);
  const decision = t.decision ?? (t.addedByUser ? 'accepted' : 'suggested');
  return {
    kind: t.kind,
    name: resolver.resolveId(entityId),
    entityId,
    actorType: t.actorType,
    themeSlug: t.kind === 'theme' ? t.themeId : undefined,
    confidence: t.addedByUser ? 1 : t.confidence,
    evidence: t.evidence,
    source: t.addedByUser ? 'user' : 'extracted',
    status: decision,
    isPrimary: t.kind === 'forum' && t.isPrimary === true && decision !== 'rejected',
  };
}

export function batchLabel(files: readonly string[]): string {
  if (files.length === 0) return 'Files';
  const first = files[0] === PASTED_LABEL ? PASTED_LABEL : basename(files[0]!);
  return files.length === 1 ? first : `${first} and ${files.length - 1} more`;
}

/** An extraction as a commit item, tags undecided: what an import without review stores. */
export function commitItemOf(file: string, e: Extraction): CommitItem {
  return {
    file,
    title: e.title,
    date: e.date,
    city: e.location?.city ?? null,
    country: e.location?.country ?? null,
    body: e.body,
    keyPoints: e.keyPoints,
    sourceName: e.source.publisher,
    sourceUrl: e.source.url,
    sourceAuthor: e.source.author,
    publishedDate: e.source.published,
    titleGenerated: e.titleGenerated,
    dateEvidence: e.dateInfo,
    placeEvidence: e.locationInfo,
    tags: extractionTags(e).map((t) => ({
      kind: t.kind,
      name: t.name,
      actorType: t.actorType,
      themeId: t.themeSlug,
      confidence: t.confidence,
      evidence: t.evidence,
      isPrimary: t.isPrimary,
      aliases: t.kind === 'actor' ? namesInOwnScript(e.body, t.name, t.evidence) : undefined,
    })),
  };
}
