import { createHash } from 'node:crypto';
import type { DatePrecision, FieldEvidence, Summary, Tag } from './types';

/** A column of type T: the value only carries the type (see SUMMARY_ROW). */
const column = <T>() => undefined as unknown as T;

/**
 * A `summaries` row exactly as stored: the one list of the table's columns, with their types.
 * Statements that write whole rows (addSummary, updateSummary, a bundle merge, an undo) are
 * built from it or from a bundle's subset of it, so a new column is one line here (and its
 * migration); the app-facing field it maps to is one line of summaryFromRow. (Not a zod
 * schema: nothing validates library rows, and this module reaches the extraction worker,
 * which has no zod.)
 */
const SUMMARY_ROW = {
  seq: column<number>(),
  id: column<string>(),
  title: column<string>(),
  meeting_date: column<string | null>(),
  date_precision: column<DatePrecision | null>(),
  date_start: column<string | null>(),
  date_end: column<string | null>(),
  city: column<string | null>(),
  country: column<string | null>(),
  source_name: column<string | null>(),
  source_url: column<string | null>(),
  source_author: column<string | null>(),
  published_date: column<string | null>(),
  source_file: column<string | null>(),
  title_generated: column<0 | 1>(),
  date_evidence: column<string | null>(),
  place_evidence: column<string | null>(),
  body: column<string>(),
  key_points: column<string>(),
  notes: column<string>(),
  language: column<string>(),
  content_hash: column<string>(),
  created_at: column<string>(),
  updated_at: column<string>(),
  origin_import_id: column<string | null>(),
};

export type SummaryRow = { [C in keyof typeof SUMMARY_ROW]: (typeof SUMMARY_ROW)[C] };
export type SummaryColumn = keyof SummaryRow;

export const SUMMARY_COLUMNS = Object.keys(SUMMARY_ROW) as SummaryColumn[];

/** Columns that describe this library only (its rowid, which import brought the row): never in a bundle. */
export const LOCAL_SUMMARY_COLUMNS: readonly SummaryColumn[] = ['seq', 'origin_import_id'];

/** The fields that make a summary's content; a change in any of them is an edit (undo checks). */
export const SUMMARY_CONTENT_FIELDS = [
  'title',
  'meeting_date',
  'date_precision',
  'date_start',
  'date_end',
  'city',
  'country',
  'source_name',
  'source_url',
  'body',
  'key_points',
  'notes',
  'language',
  'content_hash',
] as const satisfies readonly SummaryColumn[];

/** A row's content, as the import journal records it: compared on undo to see an edit since. */
export function summaryContentHash(row: Partial<Record<SummaryColumn, unknown>>): string {
  return createHash('sha256')
    .update(JSON.stringify(SUMMARY_CONTENT_FIELDS.map((f) => row[f] ?? null)))
    .digest('hex');
}

export function sameSummaryContent(a: Partial<Record<SummaryColumn, unknown>>, b: Partial<Record<SummaryColumn, unknown>>): boolean {
  return SUMMARY_CONTENT_FIELDS.every((f) => (a[f] ?? null) === (b[f] ?? null));
}

/** The one mapping of a stored row to the app's Summary (the library view, books, the CLI). */
export function summaryFromRow(row: SummaryRow, tags: Tag[]): Summary {
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
    tags,
  };
}

function parseEvidence(json: string | null): FieldEvidence | null {
  return json ? (JSON.parse(json) as FieldEvidence) : null;
}
