-- 0060: search inside Chinese, Japanese and Korean text, and Arabic and Hebrew without vowel marks.
--
-- The word index (summaries_fts, unicode61) takes a run of ideographs with no spaces as one
-- word, so 习近平 inside 国家主席习近平会见 is never found, and it keeps Arabic harakat and
-- tatweel as part of a word, so محمد does not find مُحَمَّد. This second index holds only the
-- text in those scripts, in a search form library/script-search.ts makes: one token per
-- ideograph, kana or Hangul syllable, Arabic and Hebrew without marks. It is contentless (the
-- form is never shown) and filled from JS, because SQL cannot make that form: the triggers
-- below only queue the rows whose text has such characters, and the library indexes the queue
-- before it answers a search in those scripts. Latin-only libraries queue nothing.
CREATE VIRTUAL TABLE summaries_script USING fts5(
  text,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE script_index_queue (seq INTEGER PRIMARY KEY) STRICT;

CREATE TRIGGER summaries_script_after_insert AFTER INSERT ON summaries
WHEN new.title || ' ' || new.body || ' ' || new.key_points || ' ' || new.notes GLOB '*[֐-ۿݐ-ݿ぀-ヿ㐀-鿿가-힯豈-﫿ﭐ-﷿ﹰ-﻿]*'
BEGIN
  INSERT OR IGNORE INTO script_index_queue (seq) VALUES (new.seq);
END;

-- An edit is queued when the old or the new text has such characters: the old form must go
-- even if the new text has none.
CREATE TRIGGER summaries_script_after_update AFTER UPDATE OF title, body, key_points, notes ON summaries
WHEN new.title || ' ' || new.body || ' ' || new.key_points || ' ' || new.notes GLOB '*[֐-ۿݐ-ݿ぀-ヿ㐀-鿿가-힯豈-﫿ﭐ-﷿ﹰ-﻿]*'
  OR old.title || ' ' || old.body || ' ' || old.key_points || ' ' || old.notes GLOB '*[֐-ۿݐ-ݿ぀-ヿ㐀-鿿가-힯豈-﫿ﭐ-﷿ﹰ-﻿]*'
BEGIN
  INSERT OR IGNORE INTO script_index_queue (seq) VALUES (new.seq);
END;

CREATE TRIGGER summaries_script_after_delete AFTER DELETE ON summaries
BEGIN
  DELETE FROM summaries_script WHERE rowid = old.seq;
  DELETE FROM script_index_queue WHERE seq = old.seq;
END;

-- The summaries an upgraded library already holds.
INSERT INTO script_index_queue (seq)
SELECT seq FROM summaries
WHERE title || ' ' || body || ' ' || key_points || ' ' || notes GLOB '*[֐-ۿݐ-ݿ぀-ヿ㐀-鿿가-힯豈-﫿ﭐ-﷿ﹰ-﻿]*';
