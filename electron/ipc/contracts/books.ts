import { z } from 'zod';
import { bookOptionsSchema, bookSettingsSchema, MAX_TITLE_LENGTH } from '../../../common/book-options';
import { bookIdSchema as bookId, operationIdSchema as operationId, summaryIdSchema } from '../../../common/primitives';
import type { Book, BookListEntry } from '../../books/book-types';
import type { OutlineSection } from '../../books/plan-outline';
import { briefingNotesSchema, frontMatterSchema, type BriefingNotes, type FrontMatter } from '../../../common/briefing';
import { defineContract, method } from '../define';

// The shapes the renderer reads, re-exported so it imports types from the contracts only.
export type { BookOptions, BookSettings, GroupBy, GroupKey, GroupOrder, ItemOrder, Paper } from '../../../common/book-options';
export type { Book, BookListEntry, BookPatch } from '../../books/book-types';
export type { OutlineItem, OutlineSection } from '../../books/plan-outline';
export type { BriefingNotes, FrontMatter, ProgrammeRow } from '../../../common/briefing';

const summaryIds = z.array(summaryIdSchema).min(1).max(10_000);

export { bookOptionsSchema };

/** Every editable field of a book; all optional (a patch), the title required on create. */
export const bookFieldsSchema = bookSettingsSchema.extend({ options: bookOptionsSchema }).partial();

/** A summary as listed in a book, with where it comes from. */
export interface BookContentEntry {
  id: string;
  title: string;
  meetingDate: string | null;
  /** 'item': chosen by hand; 'search': found by the book's saved search. */
  from: 'item' | 'search';
}

/** What an export wrote: a PDF knows its page count; a Word document's pages are Word's to lay out. */
export type BookExportResult =
  | { status: 'written'; format: ExportFormat; path: string; pages: number | null; bytes: number }
  | { status: 'cancelled' };

export const exportFormat = z.enum(['pdf', 'docx']);
export type ExportFormat = z.infer<typeof exportFormat>;

export const booksContract = defineContract('books', {
  list: method<BookListEntry[]>()(z.strictObject({}).optional()),
  get: method<Book>()(z.strictObject({ id: bookId })),
  create: method<Book>()(bookFieldsSchema.extend({ title: z.string().min(1).max(MAX_TITLE_LENGTH) })),
  update: method<Book>()(z.strictObject({ id: bookId, fields: bookFieldsSchema })),
  delete: method<{ id: string }>()(z.strictObject({ id: bookId })),
  /** A new book "<title> (copy)" with the same settings and items; its export versions start again. */
  duplicate: method<Book>()(z.strictObject({ id: bookId })),
  /** The summaries the book prints now (items, then saved-search results). */
  contents: method<BookContentEntry[]>()(z.strictObject({ id: bookId })),
  addItems: method<Book>()(z.strictObject({ bookId, summaryIds })),
  removeItems: method<Book>()(z.strictObject({ bookId, summaryIds })),
  /** Sets the manual order: every item of the book, each once. */
  reorderItems: method<Book>()(z.strictObject({ bookId, summaryIds: z.array(summaryIdSchema).max(10_000) })),
  /** The groups and items as the PDF prints them (empty when the book has no summaries yet). */
  outline: method<OutlineSection[]>()(z.strictObject({ id: bookId })),
  /** Renders the book for the live preview: the PDF as base64. */
  preview: method<{ pdfBase64: string; pages: number }>()(z.strictObject({ bookId })),
  /**
   * Writes the PDF (or, with format 'docx', a Word document); without `path` the user chooses one
   * in a save dialog. Progress: 'export:progress' events.
   */
  export: method<BookExportResult>()(
    z.strictObject({
      bookId,
      path: z.string().min(1).max(4096).optional(),
      operationId: operationId.optional(),
      reproducible: z.boolean().optional(),
      format: exportFormat.optional(),
    }),
  ),
  /** An item's briefing notes (null when it has none). */
  getNotes: method<BriefingNotes | null>()(z.strictObject({ bookId, summaryId: summaryIdSchema })),
  /** Sets all five fields of an item's notes (all empty removes them); the item must be in the book. */
  setNotes: method<BriefingNotes>()(z.strictObject({ bookId, summaryId: summaryIdSchema, notes: briefingNotesSchema })),
  /** The book's front matter (null when it has none). */
  getFrontMatter: method<FrontMatter | null>()(z.strictObject({ bookId })),
  /** Replaces the front matter; rows without text are dropped, and nothing left removes it. */
  setFrontMatter: method<FrontMatter | null>()(z.strictObject({ bookId, front: frontMatterSchema })),
  /** Stops a running export (its file is not written). */
  cancel: method<{ cancelled: boolean }>()(z.strictObject({ operationId })),
});
