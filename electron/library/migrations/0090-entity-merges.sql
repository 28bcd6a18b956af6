-- Entity merges the user can undo (library/entity-merges.ts). `snapshot` holds, as JSON, what
-- the merge removed or moved: the merged entity's row, its aliases, its tags, and which of
-- those summaries the survivor already tagged. Local to this library: never in a bundle.
CREATE TABLE entity_merges (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('forum', 'actor', 'theme')),
  from_name TEXT NOT NULL,
  into_id INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  created_at TEXT NOT NULL,
  undone_at TEXT
) STRICT;
