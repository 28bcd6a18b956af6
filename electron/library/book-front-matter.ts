import type { Database } from 'better-sqlite3';
import type { FrontMatter, ProgrammeRow } from '../../common/briefing';
import { statements } from './statements';

/**
 * The `book_front_matter` and `book_programme_rows` tables: a book's purpose, objectives, key
 * messages, participants and programme (books/briefing-store.ts checks them). Both go with
 * their book (foreign key cascade).
 */
export interface BookFrontMatterRow {
  book_id: string;
  purpose: string;
  objectives: string;
  key_messages: string;
  participants: string;
  updated_at: string;
}

export interface BookProgrammeRow {
  book_id: string;
  position: number;
  time: string;
  item: string;
  participants: string;
  press: string;
}

const q = statements((db) => ({
  front: db.prepare<[string], BookFrontMatterRow>('SELECT * FROM book_front_matter WHERE book_id = ?'),
  programme: db.prepare<[string], BookProgrammeRow>('SELECT * FROM book_programme_rows WHERE book_id = ? ORDER BY position'),
  upsertFront: db.prepare(
    `INSERT INTO book_front_matter (book_id, purpose, objectives, key_messages, participants, updated_at)
     VALUES (@bookId, @purpose, @objectives, @keyMessages, @participants, @updatedAt)
     ON CONFLICT (book_id) DO UPDATE SET purpose = excluded.purpose, objectives = excluded.objectives,
       key_messages = excluded.key_messages, participants = excluded.participants, updated_at = excluded.updated_at`,
  ),
  deleteFront: db.prepare<[string]>('DELETE FROM book_front_matter WHERE book_id = ?'),
  deleteProgramme: db.prepare<[string]>('DELETE FROM book_programme_rows WHERE book_id = ?'),
  insertRow: db.prepare(
    'INSERT INTO book_programme_rows (book_id, position, time, item, participants, press) VALUES (@bookId, @position, @time, @item, @participants, @press)',
  ),
  copyFront: db.prepare<[string, string]>(
    `INSERT INTO book_front_matter (book_id, purpose, objectives, key_messages, participants, updated_at)
     SELECT ?, purpose, objectives, key_messages, participants, updated_at FROM book_front_matter WHERE book_id = ?`,
  ),
  copyProgramme: db.prepare<[string, string]>(
    `INSERT INTO book_programme_rows (book_id, position, time, item, participants, press)
     SELECT ?, position, time, item, participants, press FROM book_programme_rows WHERE book_id = ?`,
  ),
}));

/** A book's front matter as stored, or undefined when it has none. */
export function frontMatterRows(db: Database, bookId: string): FrontMatter | undefined {
  const front = q(db).front.get(bookId);
  const programme = q(db)
    .programme.all(bookId)
    .map((r): ProgrammeRow => ({ time: r.time, item: r.item, participants: r.participants, press: r.press }));
  if (!front && programme.length === 0) return undefined;
  return {
    purpose: front?.purpose ?? '',
    objectives: front?.objectives ?? '',
    keyMessages: front?.key_messages ?? '',
    participants: front?.participants ?? '',
    programme,
  };
}

/**
 * Replaces a book's front matter and programme. Not a transaction of its own: the caller
 * (books/briefing-store.ts) wraps it with the book's touch, or with a whole `book apply`.
 */
export function replaceFrontMatterRows(db: Database, bookId: string, front: FrontMatter | undefined, updatedAt: string): void {
  q(db).deleteProgramme.run(bookId);
  if (!front) {
    q(db).deleteFront.run(bookId);
    return;
  }
  q(db).upsertFront.run({ bookId, purpose: front.purpose, objectives: front.objectives, keyMessages: front.keyMessages, participants: front.participants, updatedAt });
  front.programme.forEach((row, position) => q(db).insertRow.run({ bookId, position, ...row }));
}

/** Copies a book's front matter to a new copy of the book (inside the caller's transaction). */
export function copyFrontMatterRows(db: Database, targetId: string, sourceId: string): void {
  q(db).copyFront.run(targetId, sourceId);
  q(db).copyProgramme.run(targetId, sourceId);
}
