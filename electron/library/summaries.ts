import type { Database } from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../errors';
import { dateRange, isIsoDate } from './dates';
import { normalizeForHash } from './match-key';
import { nowIso, statements } from './statements';
import { applyTags, tagsOf } from './tags';
import type { AddResult, DatePrecision, FieldEvidence, Summary, SummaryInput } from './types';

export interface SummaryRow {
  seq: number;
  id: string;
  title: string;
  meeting_date: string | null;
  date_precision: DatePrecision | null;
  date_start: string | null;
  date_end: string | null;
  city: string | null;
  country: string | null;
  source_name: string | null;
  source_url: string | null;
  source_author: string | null;
  published_date: string | null;
  source_file: string | null;
  title_generated: 0 | 1;
  date_evidence: string | null;
  place_evidence: string | null;
  body: string;
  key_points: string;
  notes: string;
  language: string;
  content_hash: string;
  created_at: string;
  updated_at: string;
  origin_import_id: string | null;
}

const q = statements((db) => ({
  byId: db.prepare<[string], SummaryRow>('SELECT * FROM summaries WHERE id = ?'),
  byHash: db.prepare<[string], { id: string }>('SELECT id FROM summaries WHERE content_hash = ? LIMIT 1'),
  list: db.prepare<[number, number], SummaryRow>(
    'SELECT * FROM summaries ORDER BY coalesce(date_start, created_at) DESC, seq DESC LIMIT ? OFFSET ?',
  ),
  count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM summaries'),
  insert: db.prepare(
    `INSERT INTO summaries (id, title, meeting_date, date_precision, date_start, date_end, city, country,
       source_name, source_url, source_author, published_date, source_file, title_generated, date_evidence, place_evidence,
       body, key_points, notes, language, content_hash, created_at, updated_at, origin_import_id)
     VALUES (@id, @title, @meetingDate, @datePrecision, @dateStart, @dateEnd, @city, @country,
       @sourceName, @sourceUrl, @sourceAuthor, @publishedDate, @sourceFile, @titleGenerated, @dateEvidence, @placeEvidence,
       @body, @keyPoints, @notes, @language, @contentHash, @createdAt, @updatedAt, @originImportId)`,
  ),
  update: db.prepare(
    `UPDATE summaries SET title = @title, meeting_date = @meetingDate, date_precision = @datePrecision,
       date_start = @dateStart, date_end = @dateEnd, city = @city, country = @country, source_name = @sourceName,
       source_url = @sourceUrl, source_author = @sourceAuthor, published_date = @publishedDate, source_file = @sourceFile,
       title_generated = @titleGenerated, date_evidence = @dateEvidence, place_evidence = @placeEvidence, body = @body, key_points = @keyPoints, notes = @notes, language = @language,
       content_hash = @contentHash, updated_at = @updatedAt
     WHERE id = @id`,
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

/** SHA-256 of the whitespace-normalised body: the same text pasted twice is one summary. */
export function contentHash(body: string): string {
  if (lastHashed?.body === body) return lastHashed.hash;
  const hash = createHash('sha256').update(normalizeForHash(body)).digest('hex');
  lastHashed = { body, hash };
  return hash;
}

export function rowToSummary(db: Database, row: SummaryRow): Summary {
  return {
    id: row.id,
    title: row.title,
    meetingDate: row.meeting_date,
    datePrecision: row.date_precision,
    city: row.city,
    country: row.country,
    sourceName: row.source_name,
    sourceUrl: row.source_url,
    sourceAuthor: row.source_author,
    publishedDate: row.published_date,
    sourceFile: row.source_file,
    titleGenerated: row.title_generated === 1,
    dateEvidence: parseEvidence(row.date_evidence),
    placeEvidence: parseEvidence(row.place_evidence),
    body: row.body,
    keyPoints: JSON.parse(row.key_points) as string[],
    notes: row.notes,
    language: row.language,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    originImportId: row.origin_import_id,
    tags: tagsOf(db, row.id),
  };
}

export function findSummaryByHash(db: Database, hash: string): string | undefined {
  return q(db).byHash.get(hash)?.id;
}

export function getSummary(db: Database, id: string): Summary {
  const row = q(db).byId.get(id);
  if (!row) throw new AppError('NOT_FOUND', `No summary has id ${id}.`);
  return rowToSummary(db, row);
}

export function getSummaryRow(db: Database, id: string): SummaryRow | undefined {
  return q(db).byId.get(id);
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
    meetingDate: input.meetingDate || null,
    datePrecision: range?.precision ?? null,
    dateStart: range?.start ?? null,
    dateEnd: range?.end ?? null,
    city: input.city?.trim() || null,
    country: input.country?.trim() || null,
    sourceName: input.sourceName?.trim() || null,
    sourceUrl: input.sourceUrl?.trim() || null,
    sourceAuthor: input.sourceAuthor?.trim() || null,
    publishedDate: input.publishedDate && input.publishedDate.length === 10 && isIsoDate(input.publishedDate) ? input.publishedDate : null,
    sourceFile: input.sourceFile?.trim() || null,
    titleGenerated: input.titleGenerated ? 1 : 0,
    // A date or place the user typed has no extraction evidence: the caller passes null then.
    dateEvidence: input.meetingDate && input.dateEvidence ? JSON.stringify(input.dateEvidence) : null,
    placeEvidence: (input.city || input.country) && input.placeEvidence ? JSON.stringify(input.placeEvidence) : null,
    body,
    keyPoints: JSON.stringify((input.keyPoints ?? []).map((k) => k.trim()).filter(Boolean)),
    notes: input.notes ?? '',
    language: input.language ?? 'en',
    contentHash: contentHash(body),
  };
}

function parseEvidence(json: string | null): FieldEvidence | null {
  return json ? (JSON.parse(json) as FieldEvidence) : null;
}

export type { AddResult };

/**
 * Adds one summary with its tags in one transaction. Text already in the library (same
 * content hash) is not stored again: the result says which summary already holds it.
 */
export function addSummary(db: Database, input: SummaryInput): AddResult {
  const cols = columns(input);
  const write = (): AddResult => {
    const existing = findSummaryByHash(db, cols.contentHash);
    if (existing) return { status: 'duplicate', id: existing };
    const id = input.id ?? randomUUID();
    const now = nowIso();
    q(db).insert.run({
      ...cols,
      id,
      createdAt: input.createdAt ?? now,
      updatedAt: input.updatedAt ?? now,
      originImportId: input.originImportId ?? null,
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
    const clash = findSummaryByHash(db, cols.contentHash);
    if (clash && clash !== id) {
      throw new AppError('DUPLICATE', 'Another summary in the library already has exactly this text.');
    }
    q(db).update.run({ ...cols, id, updatedAt: nowIso() });
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
