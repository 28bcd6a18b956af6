import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FieldEvidence, Summary, Tag } from './types';

/**
 * A `summaries` row exactly as stored: the one list of the table's columns. Statements that
 * write whole rows (addSummary, updateSummary, a bundle merge, an undo) are built from it or
 * from the bundle's subset of it, so a new column is one line here (and its migration); the
 * app-facing field it maps to is one line of summaryFromRow.
 */
export const summaryRowSchema = z.object({
  seq: z.number(),
  id: z.string(),
  title: z.string(),
  meeting_date: z.string().nullable(),
  date_precision: z.enum(['day', 'month', 'year']).nullable(),
  date_start: z.string().nullable(),
  date_end: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  source_name: z.string().nullable(),
  source_url: z.string().nullable(),
  source_author: z.string().nullable(),
  published_date: z.string().nullable(),
  source_file: z.string().nullable(),
  title_generated: z.union([z.literal(0), z.literal(1)]),
  date_evidence: z.string().nullable(),
  place_evidence: z.string().nullable(),
  body: z.string(),
  key_points: z.string(),
  notes: z.string(),
  language: z.string(),
  content_hash: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  origin_import_id: z.string().nullable(),
});

export type SummaryRow = z.infer<typeof summaryRowSchema>;
export type SummaryColumn = keyof SummaryRow;

export const SUMMARY_COLUMNS = Object.keys(summaryRowSchema.shape) as SummaryColumn[];

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
