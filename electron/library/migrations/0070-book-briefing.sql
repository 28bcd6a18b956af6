-- A book's own briefing text (issue 18). Notes belong to one book item: the same summary can
-- carry different notes in different books, and removing the item (or the book, or the
-- summary) removes its notes through the cascade on book_items.
CREATE TABLE book_item_notes (
  book_id TEXT NOT NULL,
  summary_id TEXT NOT NULL,
  why_it_matters TEXT NOT NULL DEFAULT '',
  our_objectives TEXT NOT NULL DEFAULT '',
  their_objectives TEXT NOT NULL DEFAULT '',
  points_to_make TEXT NOT NULL DEFAULT '',
  if_pressed TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (book_id, summary_id),
  FOREIGN KEY (book_id, summary_id) REFERENCES book_items (book_id, summary_id) ON DELETE CASCADE
) STRICT;

-- Front matter: one row per book that has any.
CREATE TABLE book_front_matter (
  book_id TEXT PRIMARY KEY REFERENCES books(id) ON DELETE CASCADE,
  purpose TEXT NOT NULL DEFAULT '',
  objectives TEXT NOT NULL DEFAULT '',
  key_messages TEXT NOT NULL DEFAULT '',
  participants TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

-- The programme: timed agenda rows in print order.
CREATE TABLE book_programme_rows (
  book_id TEXT NOT NULL REFERENCES books(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  time TEXT NOT NULL DEFAULT '',
  item TEXT NOT NULL DEFAULT '',
  participants TEXT NOT NULL DEFAULT '',
  press TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (book_id, position)
) STRICT;
