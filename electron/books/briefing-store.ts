import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import {
  briefingApplySchema,
  briefingNotesSchema,
  frontMatterSchema,
  hasFrontMatter,
  hasNotes,
  isFilledRow,
  type BriefingApply,
  type BriefingNotes,
  type FrontMatter,
} from '../../common/briefing';
import { AppError } from '../errors';
import { bookItemStatements } from '../library/books';
import { frontMatterRows, replaceFrontMatterRows } from '../library/book-front-matter';
import { bookNotesRows, deleteItemNotesRow, itemNotesRow, writeItemNotesRow } from '../library/book-notes';
import { nowIso } from '../library/statements';
import { getBook, touchBook } from './book-store';

/**
 * A book's briefing text: notes per item and the front matter. Every write is checked by the
 * schemas in common/briefing.ts and is one transaction with the book's touch.
 */

/** The first problem zod found, as a sentence naming the field (`where` prefixes the path, e.g. a file name). */
export function schemaProblem(error: z.ZodError, where = ''): string {
  const issue = error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  const field = path ? `${where}${where ? ': ' : ''}field "${path}"` : where;
  const message = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
  return field ? `${field}: ${message}` : message;
}

function parse<T extends z.ZodTypeAny>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('INVALID_REQUEST', `${what}: ${schemaProblem(result.error)}`);
  return result.data as z.output<T>;
}

function requireItem(db: Database, bookId: string, summaryId: string, title: string): void {
  if (!bookItemStatements(db).has.get(bookId, summaryId)) {
    throw new AppError(
      'NOT_FOUND',
      `The book "${title}" has no item ${summaryId}: notes belong to a summary added to the book (briefing book add ${bookId} ${summaryId}).`,
    );
  }
}

export function getItemNotes(db: Database, bookId: string, summaryId: string): BriefingNotes | undefined {
  return itemNotesRow(db, bookId, summaryId);
}

/** Every item's notes in the book, by summary id (items without notes are absent). */
export function getBookNotes(db: Database, bookId: string): Map<string, BriefingNotes> {
  return bookNotesRows(db, bookId);
}

function writeNotes(db: Database, bookId: string, summaryId: string, notes: BriefingNotes, now: string): void {
  if (hasNotes(notes)) writeItemNotesRow(db, bookId, summaryId, notes, now);
  else deleteItemNotesRow(db, bookId, summaryId);
}

/** Sets one item's notes (all five fields; empty fields print nothing, all empty removes them). */
export function setItemNotes(db: Database, bookId: string, summaryId: string, input: unknown): BriefingNotes {
  const book = getBook(db, bookId);
  const notes = parse(briefingNotesSchema, input, 'These notes cannot be saved');
  requireItem(db, bookId, summaryId, book.title);
  db.transaction(() => {
    writeNotes(db, bookId, summaryId, notes, nowIso());
    touchBook(db, bookId);
  })();
  return notes;
}

export function getFrontMatter(db: Database, bookId: string): FrontMatter | undefined {
  return frontMatterRows(db, bookId);
}

function normalizedFront(front: FrontMatter): FrontMatter | undefined {
  const clean = { ...front, programme: front.programme.filter(isFilledRow) };
  return hasFrontMatter(clean) ? clean : undefined;
}

/** Replaces the book's front matter (rows with no text are dropped; nothing left removes it). */
export function setFrontMatter(db: Database, bookId: string, input: unknown): FrontMatter | undefined {
  getBook(db, bookId);
  const front = normalizedFront(parse(frontMatterSchema, input, 'This front matter cannot be saved'));
  db.transaction(() => {
    replaceFrontMatterRows(db, bookId, front, nowIso());
    touchBook(db, bookId);
  })();
  return front;
}

export interface ApplyResult {
  bookId: string;
  front: boolean;
  notes: number;
}

/**
 * Applies a `book apply` file's front matter and notes in one transaction: every summary is
 * checked to be an item of the book first, so a bad line changes nothing. `where` names the
 * file in messages.
 */
export function applyBriefing(db: Database, input: unknown, where: string): ApplyResult {
  const result = briefingApplySchema.safeParse(input);
  if (!result.success) throw new AppError('INVALID_REQUEST', `${schemaProblem(result.error, where)}. Nothing was changed.`);
  const apply: BriefingApply = result.data;
  const book = getBook(db, apply.book);
  apply.notes.forEach((n, i) => {
    if (!bookItemStatements(db).has.get(book.id, n.summary)) {
      throw new AppError(
        'NOT_FOUND',
        `${where}: field "notes[${i}].summary": the book "${book.title}" has no item ${n.summary} (add it with briefing book add ${book.id} ${n.summary}). Nothing was changed.`,
      );
    }
  });
  const now = nowIso();
  db.transaction(() => {
    if (apply.front) replaceFrontMatterRows(db, book.id, normalizedFront(apply.front), now);
    for (const { summary, ...notes } of apply.notes) writeNotes(db, book.id, summary, notes, now);
    touchBook(db, book.id);
  })();
  return { bookId: book.id, front: apply.front !== undefined, notes: apply.notes.length };
}
