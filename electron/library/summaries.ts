import type { Database } from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../errors';
import { dateRange, isCalendarDate } from './dates';
import { nowIso, statements } from './statements';
import { applyTags, tagsOf } from './tags';
import { SUMMARY_COLUMNS, summaryFromRow, type SummaryColumn, type SummaryRow } from './summary-row';
import type { AddResult, LibraryStats, Summary, SummaryInput } from './types';

/** A new row: every column but the rowid. An edit: the content, not who made it or when. */
type NewSummaryRow = Omit<SummaryRow, 'seq'>;
type EditedSummaryRow = Omit<SummaryRow, 'seq' | 'created_at' | 'origin_import_id'>;
const INSERTED = SUMMARY_COLUMNS.filter((c): c is Exclude<SummaryColumn, 'seq'> => c !== 'seq');
const EDITED = INSERTED.filter((c): c is keyof EditedSummaryRow => c !== 'created_at' && c !== 'origin_import_id');

const q = statements((db) => ({
  byId: db.prepare<[string], SummaryRow>('SELECT * FROM summaries WHERE id = ?'),
  byHash: db.prepare<[string], { id: string }>('SELECT id FROM summaries WHERE content_hash = ? LIMIT 1'),
  list: db.prepare<[number, number], SummaryRow>(
    'SELECT * FROM summaries ORDER BY coalesce(date_start, created_at) DESC, seq DESC LIMIT ? OFFSET ?',
  ),
  count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM summaries'),
  insert: db.prepare<[NewSummaryRow]>(
    `INSERT INTO summaries (${INSERTED.map((c) => `"${c}"`).join(', ')}) VALUES (${INSERTED.map((c) => `@${c}`).join(', ')})`,
  ),
  update: db.prepare<[EditedSummaryRow]>(
    `UPDATE summaries SET ${EDITED.filter((c) => c !== 'id').map((c) => `"${c}" = @${c}`).join(', ')} WHERE id = @id`,
  ),
  delete: db.prepare<[string]>('DELETE FROM summaries WHERE id = ?'),
}));

/**
 * The longest text one summary holds, in characters: every way in (readers, IPC, bundles)
 * refuses more, so a summary one colleague stores never makes another's import refuse a bundle.
 */
export const MAX_BODY_CHARS = 5_000_000;

/** The last body hashed: a batch import hashes each body at preview, dedup and insert. */
let lastHashed: { body: string; hash: string } | undefined;

/** Whitespace-collapsed, NFC text: what the content hash is taken over. */
export function normalizeForHash(text: string): string {
  // Same result as replacing every whitespace run with one space, but a lone space (most
  // of them) is left alone instead of replaced: half the time on a 3 KB article.
  return text.normalize('NFC').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** SHA-256 of the whitespace-normalised body: the same text pasted twice is one summary. */
export function contentHash(body: string): string {
  if (lastHashed?.body === body) return lastHashed.hash;
  const hash = createHash('sha256').update(normalizeForHash(body)).digest('hex');
  lastHashed = { body, hash };
  return hash;
}

function rowToSummary(db: Database, row: SummaryRow): Summary {
  return summaryFromRow(row, tagsOf(db, row.id));
}

export function findSummaryByHash(db: Database, hash: string): string | undefined {
  return q(db).byHash.get(hash)?.id;
}

export function getSummary(db: Database, id: string): Summary {
  const row = q(db).byId.get(id);
  if (!row) throw new AppError('NOT_FOUND', `No summary has id ${id}.`);
  return rowToSummary(db, row);
}

/** The summary, or undefined when there is none (a book's item deleted meanwhile). */
export function findSummary(db: Database, id: string): Summary | undefined {
  const row = q(db).byId.get(id);
  return row && rowToSummary(db, row);
}

export function listSummaries(db: Database, options: { limit?: number; offset?: number } = {}): Summary[] {
  return q(db)
    .list.all(options.limit ?? 100, options.offset ?? 0)
    .map((row) => rowToSummary(db, row));
}

export function countSummaries(db: Database): number {
  return q(db).count.get()!.n;
}

function columns(input: SummaryInput) {
  const title = input.title.trim();
  const body = input.body.trim();
  if (!title) throw new AppError('INVALID_REQUEST', 'A summary needs a title.');
  if (!body) throw new AppError('EMPTY_INPUT', 'A summary needs some text.');
  if (body.length > MAX_BODY_CHARS) {
    throw new AppError('TOO_LARGE', `A summary's text is ${body.length.toLocaleString('en')} characters; the limit is ${MAX_BODY_CHARS.toLocaleString('en')}. Split it or keep the relevant part.`);
  }
  const range = input.meetingDate ? dateRange(input.meetingDate) : undefined;
  return {
    title,
    meeting_date: input.meetingDate || null,
    date_precision: range?.precision ?? null,
    date_start: range?.start ?? null,
    date_end: range?.end ?? null,
    city: input.city?.trim() || null,
    country: input.country?.trim() || null,
    source_name: input.sourceName?.trim() || null,
    source_url: input.sourceUrl?.trim() || null,
    source_author: input.sourceAuthor?.trim() || null,
    published_date: input.publishedDate && input.publishedDate.length === 10 && isCalendarDate(input.publishedDate) ? input.publishedDate : null,
    source_file: input.sourceFile?.trim() || null,
    title_generated: input.titleGenerated ? 1 : 0,
    // A date or place the user typed has no extraction evidence: the caller passes null then.
    date_evidence: input.meetingDate && input.dateEvidence ? JSON.stringify(input.dateEvidence) : null,
    place_evidence: (input.city || input.country) && input.placeEvidence ? JSON.stringify(input.placeEvidence) : null,
    body,
    key_points: JSON.stringify((input.keyPoints ?? []).map((k) => k.trim()).filter(Boolean)),
    notes: input.notes ?? '',
    language: input.language ?? 'en',
    content_hash: contentHash(body),
  } satisfies Omit<EditedSummaryRow, 'id' | 'updated_at'>;
}

export type { AddResult };

/**
 * Adds one summary with its tags in one transaction. Text already in the library (same
 * content hash) is not stored again: the result says which summary already holds it.
 */
export function addSummary(db: Database, input: SummaryInput): AddResult {
  const cols = columns(input);
  const write = (): AddResult => {
    const existing = findSummaryByHash(db, cols.content_hash);
    if (existing) return { status: 'duplicate', id: existing };
    const id = input.id ?? randomUUID();
    const now = nowIso();
    q(db).insert.run({
      ...cols,
      id,
      created_at: input.createdAt ?? now,
      updated_at: input.updatedAt ?? now,
      origin_import_id: input.originImportId ?? null,
    });
    applyTags(db, id, input.tags ?? []);
    return { status: 'added', id };
  };
  // Inside a caller's transaction (batch imports) run as part of it: a nested transaction
  // would be a savepoint, at which FTS5 flushes its pending terms (slow, many tiny segments).
  return db.inTransaction ? write() : db.transaction(write)();
}

/** Replaces the editable fields of a summary (tags are edited through tags.ts). */
export function updateSummary(db: Database, id: string, input: SummaryInput): Summary {
  db.transaction(() => {
    const before = q(db).byId.get(id);
    if (!before) throw new AppError('NOT_FOUND', `No summary has id ${id}.`);
    const cols = columns(keepingWhatTheEditLeft(rowToSummary(db, before), input));
    const clash = findSummaryByHash(db, cols.content_hash);
    if (clash && clash !== id) {
      throw new AppError('DUPLICATE', 'Another summary in the library already has exactly this text.');
    }
    q(db).update.run({ ...cols, id, updated_at: nowIso() });
  })();
  return getSummary(db, id);
}

/**
 * An edit names the fields the user can change; what it leaves out (author, publication day,
 * file name) stays. Evidence describes extraction's value: it stays while the value does and
 * goes once the user changes it, as a generated title stops being generated when retyped.
 */
function keepingWhatTheEditLeft(before: Summary, input: SummaryInput): SummaryInput {
  const samePlace = (input.city ?? null) === before.city && (input.country ?? null) === before.country;
  return {
    ...input,
    sourceAuthor: input.sourceAuthor === undefined ? before.sourceAuthor : input.sourceAuthor,
    publishedDate: input.publishedDate === undefined ? before.publishedDate : input.publishedDate,
    sourceFile: input.sourceFile === undefined ? before.sourceFile : input.sourceFile,
    titleGenerated: input.titleGenerated ?? (before.titleGenerated && input.title.trim() === before.title),
    dateEvidence: input.dateEvidence !== undefined ? input.dateEvidence : (input.meetingDate ?? null) === before.meetingDate ? before.dateEvidence : null,
    placeEvidence: input.placeEvidence !== undefined ? input.placeEvidence : samePlace ? before.placeEvidence : null,
  };
}

export function deleteSummary(db: Database, id: string): void {
  const info = q(db).delete.run(id);
  if (info.changes === 0) throw new AppError('NOT_FOUND', `No summary has id ${id}.`);
}

const statsQuery = statements((db) => ({
  stats: db.prepare<[], LibraryStats>(
    `SELECT
       (SELECT count(*) FROM summaries) AS summaries,
       (SELECT count(*) FROM entities WHERE kind = 'forum') AS forums,
       (SELECT count(*) FROM entities WHERE kind = 'actor') AS actors,
       (SELECT count(*) FROM entities WHERE kind = 'theme') AS themes,
       (SELECT count(*) FROM books) AS books,
       (SELECT min(date_start) FROM summaries) AS firstDate,
       (SELECT max(date_end) FROM summaries) AS lastDate`,
  ),
}));

export function libraryStats(db: Database): LibraryStats {
  return statsQuery(db).stats.get()!;
}
