-- 0020: the journal of each bundle import (share/), so that `undo` removes exactly what the
-- import added and puts back exactly what it changed. Owned by the shared-library helper.

-- One row per change an import made, in the order it made them (undo walks them backwards).
-- `row_key` names the row: a summary or book id, an entity id, an alias "<kind>\u001f<match_key>",
-- a tag "<summary_id>\u001f<entity_id>". Inserts need no before-image: undo deletes the row.
-- Updates keep the whole row as it was (JSON). `after_hash` is the row's content as the import
-- left it, so undo can notice a later hand edit instead of silently throwing it away.
CREATE TABLE import_journal (
  import_id TEXT NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update')),
  target TEXT NOT NULL CHECK (target IN ('summary', 'entity', 'alias', 'tag', 'book')),
  row_key TEXT NOT NULL,
  before_image TEXT,
  after_hash TEXT,
  PRIMARY KEY (import_id, step),
  CHECK ((action = 'update') = (before_image IS NOT NULL))
) STRICT;

-- Undo refuses while a later, still active import touched the same rows: this finds them.
CREATE INDEX import_journal_by_row ON import_journal (target, row_key);
