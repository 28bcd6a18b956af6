/**
 * What an import previews and what it did, as plain types. Types only, with no runtime
 * imports: the ingest and samples contracts return these to the renderer, whose DOM program
 * compiles without Node types (the services that build them import Node).
 */

import type { Extraction } from './extract/types';

/** Library entity ids of the names a preview resolved, by `kind\u001fname` (see write/resolve-names.ts). */
export type ResolvedIds = Readonly<Record<string, number>>;

export interface PreviewItem {
  /** The file's path, the dropped file's name, or "Pasted text". */
  file: string;
  status: 'new' | 'duplicate' | 'refused';
  /** Why a file was refused, or which summary already holds a duplicate. */
  reason?: string;
  /** For a duplicate: the id of the summary that already has this text. */
  existingId?: string;
  /** For new and duplicate items: what extraction found, names as the library knows them. */
  extraction?: Extraction;
  /** The library entities those names are, as the preview found them (for the commit). */
  resolved?: ResolvedIds;
}

export interface ItemResult {
  file: string;
  status: 'added' | 'duplicate' | 'refused' | 'would-add';
  summaryId?: string;
  title?: string;
  reason?: string;
}

export interface ImportReport {
  /** The `imports` row recording the batch, when it added anything. */
  importId: string | null;
  results: ItemResult[];
  added: number;
  duplicates: number;
  refused: number;
}
