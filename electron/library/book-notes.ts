import type { Database } from 'better-sqlite3';
import type { BriefingNotes } from '../../common/briefing';
import { statements } from './statements';

/**
 * The `book_item_notes` table: a book item's briefing notes (books/briefing-store.ts gives
 * them their checks). A row exists only for an item with some text; removing the item, its
 * book or its summary removes the row (the foreign key cascades from book_items).
 */
export interface BookItemNotesRow {
  book_id: string;
  summary_id: string;
  why_it_matters: string;
  our_objectives: string;
  their_objectives: string;
  points_to_make: string;
  if_pressed: string;
  updated_at: string;
}

const q = statements((db) => ({
  forBook: db.prepare<[string], BookItemNotesRow>('SELECT * FROM book_item_notes WHERE book_id = ? ORDER BY summary_id'),
  one: db.prepare<[string, string], BookItemNotesRow>('SELECT * FROM book_item_notes WHERE book_id = ? AND summary_id = ?'),
  upsert: db.prepare(
    `INSERT INTO book_item_notes (book_id, summary_id, why_it_matters, our_objectives, their_objectives, points_to_make, if_pressed, updated_at)
     VALUES (@bookId, @summaryId, @whyItMatters, @ourObjectives, @theirObjectives, @pointsToMake, @ifPressed, @updatedAt)
     ON CONFLICT (book_id, summary_id) DO UPDATE SET why_it_matters = excluded.why_it_matters,
       our_objectives = excluded.our_objectives, their_objectives = excluded.their_objectives,
       points_to_make = excluded.points_to_make, if_pressed = excluded.if_pressed, updated_at = excluded.updated_at`,
  ),
  remove: db.prepare<[string, string]>('DELETE FROM book_item_notes WHERE book_id = ? AND summary_id = ?'),
  copy: db.prepare<[string, string]>(
    `INSERT INTO book_item_notes (book_id, summary_id, why_it_matters, our_objectives, their_objectives, points_to_make, if_pressed, updated_at)
     SELECT ?, summary_id, why_it_matters, our_objectives, their_objectives, points_to_make, if_pressed, updated_at
     FROM book_item_notes WHERE book_id = ?`,
  ),
}));

export function notesFromRow(row: BookItemNotesRow): BriefingNotes {
  return {
    whyItMatters: row.why_it_matters,
    ourObjectives: row.our_objectives,
    theirObjectives: row.their_objectives,
    pointsToMake: row.points_to_make,
    ifPressed: row.if_pressed,
  };
}

/** Every item's notes in a book, by summary id. */
export function bookNotesRows(db: Database, bookId: string): Map<string, BriefingNotes> {
  return new Map(q(db).forBook.all(bookId).map((row) => [row.summary_id, notesFromRow(row)]));
}

export function itemNotesRow(db: Database, bookId: string, summaryId: string): BriefingNotes | undefined {
  const row = q(db).one.get(bookId, summaryId);
  return row ? notesFromRow(row) : undefined;
}

/** Writes one item's notes (the item must exist: the foreign key refuses others). */
export function writeItemNotesRow(db: Database, bookId: string, summaryId: string, notes: BriefingNotes, updatedAt: string): void {
  q(db).upsert.run({ bookId, summaryId, ...notes, updatedAt });
}

export function deleteItemNotesRow(db: Database, bookId: string, summaryId: string): void {
  q(db).remove.run(bookId, summaryId);
}

/** Copies a book's notes to a copy of it that already has the same items (inside the caller's transaction). */
export function copyBookNotesRows(db: Database, targetId: string, sourceId: string): void {
  q(db).copy.run(targetId, sourceId);
}
