import type { Database } from 'better-sqlite3';
import type { Progress } from '../../../common/primitives';
import { basename } from 'node:path';
import type { Library } from '../../library/open-library';
import { addSummary, contentHash, findSummaryByHash, getSummary } from '../../library/summaries';
import type { TagInput } from '../../library/types';
import { refusal } from '../extract/extract-file';
import { finishFileImport, startFileImport } from '../../library/imports';
import { PASTED_LABEL, summaryInputOf, type CommitItem, type CommitTag } from './commit-item';
import { NameResolver } from './resolve-names';
import type { ImportReport, ItemResult } from '../ingest-types';

/**
 * The write side of an import: (possibly user-edited) items into the library, each summary
 * with its tags, in chunked transactions, recorded as one batch in `imports`. One bad item
 * is refused on its own; nothing of it is written.
 */

export interface ImportItemsOptions {
  onProgress?: (p: Progress) => void;
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
  readonly results: ItemResult[] = [];
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
  write(chunk: readonly CommitItem[], report?: (i: number) => void): ItemResult[] {
    const { db, importId } = this;
    this.resolver.revalidate();
    let written: ItemResult[];
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
    const count = (s: ItemResult['status']) => this.results.filter((r) => r.status === s).length;
    const added = count('added');
    finishFileImport(this.db, this.importId, { added, duplicates: count('duplicate') + duplicatesEarlier, refused: count('refused') + refusedEarlier });
    return { importId: added > 0 ? this.importId : null, results: this.results, added, duplicates: count('duplicate'), refused: count('refused') };
  }
}

function commitOne(db: Database, resolver: NameResolver, item: CommitItem, importId: string): ItemResult {
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
function writeOne(db: Database, resolver: NameResolver, item: CommitItem, importId: string): ItemResult {
  const existing = findSummaryByHash(db, contentHash(item.body));
  if (existing) {
    return { file: item.file, status: 'duplicate', summaryId: existing, reason: `Already in the library as "${getSummary(db, existing).title}".` };
  }
  const tags = item.tags.map((t) => resolvedTag(resolver, t));
  const sourceFile = item.file === PASTED_LABEL ? null : basename(item.file);
  const result = addSummary(db, summaryInputOf(item, sourceFile, tags, importId));
  if (result.status === 'duplicate') throw new Error(`Already in the library as ${result.id}.`);
  return { file: item.file, status: 'added', summaryId: result.id, title: item.title };
}

/**
 * The tag with its entity: the one the preview resolved while it still bears that name, else
 * found or created now (a name the user added, or the library changed meanwhile). A user's
 * tag is accepted and sure; a rejected one's other names are not kept.
 */
function resolvedTag(resolver: NameResolver, t: CommitTag): TagInput {
  const themeSlug = t.kind === 'theme' ? t.themeSlug : undefined;
  const entityId = resolver.stillNamed(t.entityId, t.kind, t.name) ?? resolver.ensure({ kind: t.kind, name: t.name, actorType: t.actorType, themeSlug });
  const byUser = t.source === 'user';
  const status = t.status ?? (byUser ? 'accepted' : 'suggested');
  if (t.aliases?.length && status !== 'rejected') resolver.ensureAliases(entityId, t.kind, t.aliases);
  return {
    kind: t.kind,
    name: resolver.resolveId(entityId),
    entityId,
    actorType: t.actorType,
    themeSlug,
    confidence: byUser ? 1 : t.confidence,
    evidence: t.evidence,
    source: byUser ? 'user' : 'extracted',
    status,
    isPrimary: t.kind === 'forum' && t.isPrimary === true && status !== 'rejected',
  };
}

export function batchLabel(files: readonly string[]): string {
  if (files.length === 0) return 'Files';
  const first = files[0] === PASTED_LABEL ? PASTED_LABEL : basename(files[0]!);
  return files.length === 1 ? first : `${first} and ${files.length - 1} more`;
}
