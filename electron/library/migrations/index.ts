import init0010 from './0010-init.sql?raw';
import importJournal0020 from './0020-import-journal.sql?raw';
import ftsPrefixIndex0030 from './0030-fts-prefix-index.sql?raw';
import extractionEvidence0040 from './0040-extraction-evidence.sql?raw';
import bookExportVersion0050 from './0050-book-export-version.sql?raw';
import scriptSearch0060 from './0060-script-search.sql?raw';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Every migration, in order. Versions leave gaps (multiples of 10) so that a fix can slot
 * in. A shipped migration is never edited: tests/library/schema-snapshot.test.ts guards it.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: '0010-init', sql: init0010 },
  { version: 20, name: '0020-import-journal', sql: importJournal0020 },
  { version: 30, name: '0030-fts-prefix-index', sql: ftsPrefixIndex0030 },
  { version: 40, name: '0040-extraction-evidence', sql: extractionEvidence0040 },
  { version: 50, name: '0050-book-export-version', sql: bookExportVersion0050 },
  { version: 60, name: '0060-script-search', sql: scriptSearch0060 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
