-- Each book counts its exports: the PDF's footer prints "Version N", raised by every export,
-- so copies of a book in circulation can be told apart.
ALTER TABLE books ADD COLUMN export_version INTEGER NOT NULL DEFAULT 0 CHECK (export_version >= 0);
