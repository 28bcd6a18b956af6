-- 0010: the library's first schema. Shipped migrations are never edited; add a new file.

-- Where rows came from: a batch of files, or a shared-library bundle (see share/).
CREATE TABLE imports (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('files', 'bundle')),
  label TEXT NOT NULL,
  bundle_checksum TEXT,
  exported_by TEXT,
  stats TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  undone_at TEXT
) STRICT;

-- `seq` is the stable rowid the external-content FTS table points at
-- (an implicit rowid may change on VACUUM and would desynchronise the index).
CREATE TABLE summaries (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  meeting_date TEXT,
  date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year')),
  date_start TEXT,
  date_end TEXT,
  city TEXT,
  country TEXT,
  source_name TEXT,
  source_url TEXT,
  body TEXT NOT NULL,
  key_points TEXT NOT NULL DEFAULT '[]',
  notes TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'en',
  content_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  origin_import_id TEXT REFERENCES imports(id) ON DELETE SET NULL,
  CHECK ((meeting_date IS NULL) = (date_precision IS NULL))
) STRICT;

CREATE INDEX summaries_by_content_hash ON summaries (content_hash);
CREATE INDEX summaries_by_date_start ON summaries (date_start);
CREATE INDEX summaries_by_origin ON summaries (origin_import_id);

-- Forums, actors and themes. `match_key` is the folded name used for look-ups.
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('forum', 'actor', 'theme')),
  actor_type TEXT CHECK (actor_type IN ('person', 'country', 'organization')),
  name TEXT NOT NULL,
  match_key TEXT NOT NULL,
  theme_slug TEXT,
  phrases TEXT NOT NULL DEFAULT '[]',
  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((kind = 'actor') = (actor_type IS NOT NULL)),
  CHECK ((kind = 'theme') OR (theme_slug IS NULL))
) STRICT;

CREATE UNIQUE INDEX entities_by_kind_key ON entities (kind, match_key);
CREATE UNIQUE INDEX entities_by_theme_slug ON entities (theme_slug) WHERE theme_slug IS NOT NULL;

-- Other names of an entity (ARF = ASEAN Regional Forum). Unique per kind, so a name
-- resolves to one forum and one actor at most.
CREATE TABLE aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('forum', 'actor', 'theme')),
  alias TEXT NOT NULL,
  match_key TEXT NOT NULL,
  PRIMARY KEY (kind, match_key)
) STRICT;

CREATE INDEX aliases_by_entity ON aliases (entity_id);

-- Which summary names which entity. `source` says who decided; a user decision
-- (source 'user', or status accepted/rejected) is never overwritten by re-extraction.
CREATE TABLE summary_entities (
  summary_id TEXT NOT NULL REFERENCES summaries(id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('forum', 'actor', 'theme')),
  confidence REAL NOT NULL DEFAULT 1 CHECK (confidence >= 0 AND confidence <= 1),
  source TEXT NOT NULL CHECK (source IN ('extracted', 'user')),
  status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'accepted', 'rejected')),
  evidence TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (summary_id, entity_id)
) STRICT;

CREATE INDEX summary_entities_by_entity ON summary_entities (entity_id, status);

CREATE TABLE books (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  subtitle TEXT NOT NULL DEFAULT '',
  prepared_for TEXT NOT NULL DEFAULT '',
  prepared_by TEXT NOT NULL DEFAULT '',
  book_date TEXT,
  classification TEXT NOT NULL DEFAULT 'UNCLASSIFIED',
  purpose TEXT NOT NULL DEFAULT '',
  group_by TEXT NOT NULL DEFAULT 'forum' CHECK (group_by IN ('forum', 'theme', 'actor', 'none')),
  group_by_second TEXT CHECK (group_by_second IN ('forum', 'theme', 'actor')),
  group_order TEXT NOT NULL DEFAULT 'alpha' CHECK (group_order IN ('alpha', 'count', 'manual')),
  item_order TEXT NOT NULL DEFAULT 'date-asc' CHECK (item_order IN ('date-asc', 'date-desc', 'manual')),
  manual_group_order TEXT NOT NULL DEFAULT '[]',
  options TEXT NOT NULL DEFAULT '{}',
  saved_search TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE book_items (
  book_id TEXT NOT NULL REFERENCES books(id) ON DELETE CASCADE,
  summary_id TEXT NOT NULL REFERENCES summaries(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (book_id, summary_id)
) STRICT;

CREATE INDEX book_items_by_summary ON book_items (summary_id);

-- Full-text index over the searchable fields, diacritics folded ("Québec" finds "Quebec").
CREATE VIRTUAL TABLE summaries_fts USING fts5(
  title, body, key_points, notes,
  content = 'summaries', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER summaries_fts_after_insert AFTER INSERT ON summaries BEGIN
  INSERT INTO summaries_fts (rowid, title, body, key_points, notes)
  VALUES (new.seq, new.title, new.body, new.key_points, new.notes);
END;

CREATE TRIGGER summaries_fts_after_delete AFTER DELETE ON summaries BEGIN
  INSERT INTO summaries_fts (summaries_fts, rowid, title, body, key_points, notes)
  VALUES ('delete', old.seq, old.title, old.body, old.key_points, old.notes);
END;

CREATE TRIGGER summaries_fts_after_update AFTER UPDATE OF title, body, key_points, notes ON summaries BEGIN
  INSERT INTO summaries_fts (summaries_fts, rowid, title, body, key_points, notes)
  VALUES ('delete', old.seq, old.title, old.body, old.key_points, old.notes);
  INSERT INTO summaries_fts (rowid, title, body, key_points, notes)
  VALUES (new.seq, new.title, new.body, new.key_points, new.notes);
END;
