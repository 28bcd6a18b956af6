/** Plain data shapes of the library, shared by the services, the IPC contract and the UI. */

import type { z } from 'zod';
import type { ActorType, DatePrecision, EntityKind, SummaryFields, tagInputSchema, TagSource, TagStatus } from '../../common/primitives';

export type { ActorType, DatePrecision, EntityKind, TagSource, TagStatus };

/** Why extraction chose a date or place: like a tag's confidence and evidence, plus a reason in words. */
export interface FieldEvidence {
  confidence: number;
  /** Character ranges in the body. */
  evidence: Array<[number, number]>;
  note: string;
}

export interface Entity {
  id: number;
  kind: EntityKind;
  actorType: ActorType | null;
  name: string;
  themeSlug: string | null;
  phrases: string[];
  builtin: boolean;
  aliases: string[];
}

export interface Tag {
  entityId: number;
  kind: EntityKind;
  name: string;
  actorType: ActorType | null;
  themeSlug: string | null;
  confidence: number;
  source: TagSource;
  status: TagStatus;
  evidence: Array<[number, number]>;
  /** The forum the meeting took place in (one forum tag per summary at most). */
  isPrimary: boolean;
}

/**
 * What the main process records about a summary beside its editable fields: where it came
 * from (an import's provenance and the evidence for its extracted date and place) and when.
 * Set by imports, bundle merges and restores, never by an IPC request (SummaryInput takes them
 * as optional, Summary always has them).
 */
export interface SummaryRecord {
  id: string;
  sourceAuthor: string | null;
  /** YYYY-MM-DD: when the source was published. */
  publishedDate: string | null;
  /** The imported file's name, shown only when nothing better names the source. */
  sourceFile: string | null;
  /** True when the title was made from the extracted forum, place and date (the text had no headline). */
  titleGenerated: boolean;
  dateEvidence: FieldEvidence | null;
  placeEvidence: FieldEvidence | null;
  originImportId: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * A stored summary: every editable field (common/primitives' summaryFieldsSchema) filled in,
 * its record, and what the library derives (date precision, content hash, tags).
 */
export type Summary = Required<SummaryFields> &
  SummaryRecord & {
    datePrecision: DatePrecision | null;
    contentHash: string;
    tags: Tag[];
  };

/** A tag proposed for a new summary: by extraction (with confidence/evidence) or by the user. */
export type TagInput = z.infer<typeof tagInputSchema> & {
  /** The entity the name stands for, when the caller resolved it already (batch imports). */
  entityId?: number;
  /** The primary forum of the summary (forum tags only). */
  isPrimary?: boolean;
};

/**
 * A summary to store: the fields a caller may write (summaryFieldsSchema, checked at the IPC
 * boundary), and optionally its record, which only the main process sets.
 */
export type SummaryInput = SummaryFields & Partial<SummaryRecord> & { tags?: TagInput[] };

/** What adding a summary did: stored it, or found the same text already stored. */
export type AddResult = { status: 'added'; id: string } | { status: 'duplicate'; id: string };

/** Counts shown on the Library's empty and status screens. */
export interface LibraryStats {
  summaries: number;
  forums: number;
  actors: number;
  themes: number;
  books: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** A page of search results, with facet counts per kind (library/search.ts). */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** One search result: the summary's heading fields, its forums and the matching snippet. */
export type SearchHit = Pick<Summary, 'id' | 'title' | 'meetingDate' | 'datePrecision' | 'city' | 'country'> & {
  forums: string[];
  snippet: SnippetPart[];
};

export interface FacetCount {
  id: number;
  name: string;
  count: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: Record<EntityKind, FacetCount[]>;
}

/** An import as the history shows it (library/imports.ts). */
export interface ImportRecord {
  id: string;
  kind: 'files' | 'bundle';
  label: string;
  bundleChecksum: string | null;
  exportedBy: string | null;
  stats: Record<string, unknown>;
  createdAt: string;
  undoneAt: string | null;
}

/** Rows a bundle export copied, per table (library/bundle-copy.ts). */
export interface CopiedCounts {
  summaries: number;
  entities: number;
  aliases: number;
  tags: number;
  books: number;
  bookItems: number;
}
