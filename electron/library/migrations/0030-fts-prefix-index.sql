-- 0030: prefix indexes on the full-text index, for search as you type.
--
-- Every search ends with a prefix term ("minist" -> "minist"*). Without a prefix index FTS5
-- answers a short prefix by reading and merging the doclist of every indexed word that starts
-- with it: at 100,000 summaries "t"* took 0.6-2 s and "maritime s"* 0.5-1.3 s, on each of the
-- up to three MATCH passes a search makes. With prefix indexes for 1, 2 and 3 characters such a
-- term reads one ready-made doclist (0.1-0.4 s at 100,000 summaries). Longer prefixes have
-- few matching words and stay fast without one. The cost: the index is about 3x larger and an
-- insert writes three more entries per word.
--
-- FTS5 cannot change options in place: the table is recreated with the same columns,
-- content table and tokenizer, refilled from `summaries`, and its triggers recreated exactly
-- as 0010 wrote them (share/bulk-fts.ts recognises them by their text).

DROP TRIGGER summaries_fts_after_insert;
DROP TRIGGER summaries_fts_after_delete;
DROP TRIGGER summaries_fts_after_update;
DROP TABLE summaries_fts;

CREATE VIRTUAL TABLE summaries_fts USING fts5(
  title, body, key_points, notes,
  content = 'summaries', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

INSERT INTO summaries_fts (summaries_fts) VALUES ('rebuild');

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
