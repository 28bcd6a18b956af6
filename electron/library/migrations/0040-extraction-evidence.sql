-- 0040: what extraction knows beyond the values themselves, so the library can show why.
--
-- Source: the publisher goes on in source_name, the canonical URL in source_url; these add the
-- author, the publication day (YYYY-MM-DD, also the reference extraction used for a year-less
-- dateline) and the imported file's name, kept apart so a file name is never shown as if it
-- were a publisher.
ALTER TABLE summaries ADD COLUMN source_author TEXT;
ALTER TABLE summaries ADD COLUMN published_date TEXT;
ALTER TABLE summaries ADD COLUMN source_file TEXT;

-- The title was made from what extraction found (forum, place, date): the text had no headline.
ALTER TABLE summaries ADD COLUMN title_generated INTEGER NOT NULL DEFAULT 0 CHECK (title_generated IN (0, 1));

-- Date and place carry confidence and evidence like tags: JSON {"confidence": 0..1,
-- "evidence": [[start, end], ...] (ranges in body), "note": "why, in words"}, or NULL when the
-- value was typed by the user or nothing was found.
ALTER TABLE summaries ADD COLUMN date_evidence TEXT;
ALTER TABLE summaries ADD COLUMN place_evidence TEXT;

-- The forum the meeting took place in, among a summary's forum tags (at most one: the library
-- clears the others when it sets one). Books print a summary in full under its primary forum.
ALTER TABLE summary_entities ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1));
