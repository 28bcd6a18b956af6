import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { deferFtsInserts, deleteSummariesInBulk } from '../../electron/library/bulk-summaries';
import { migrate } from '../../electron/library/migrate';
import { addSummary } from '../../electron/library/summaries';
import { SUMMARY_COLUMNS } from '../../electron/library/summary-row';

function library(): Database.Database {
  const db = new Database(':memory:');
  migrate(db);
  return db;
}

const triggers = (db: Database.Database) => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
const matches = (db: Database.Database, word: string) => db.prepare('SELECT count(*) FROM summaries_fts WHERE summaries_fts MATCH ?').pluck().get(word);

describe('the summaries row', () => {
  it('lists exactly the columns the migrations give the table', () => {
    const db = library();
    const columns = db.prepare("SELECT name FROM pragma_table_info('summaries')").pluck().all();
    expect([...SUMMARY_COLUMNS].sort()).toEqual([...(columns as string[])].sort());
  });

  it('indexes bulk inserts and deletes through statements derived from the stored triggers, and puts them back unchanged', () => {
    const db = library();
    const before = triggers(db);
    db.transaction(() => {
      const finish = deferFtsInserts(db);
      // The trigger is set aside while the bulk work runs: the row is not indexed yet.
      addSummary(db, { id: 's1', title: 'Zanzibar talks', body: 'Talks on Zanzibar ferries.' });
      expect(matches(db, 'zanzibar')).toBe(0);
      finish();
    })();
    expect(matches(db, 'zanzibar')).toBe(1);
    expect(triggers(db)).toEqual(before);
    db.transaction(() => expect(deleteSummariesInBulk(db, ['s1'])).toBe(1))();
    expect(matches(db, 'zanzibar')).toBe(0);
    expect(triggers(db)).toEqual(before);
  });

  it('leaves a trigger of another shape in place, doing its work per row', () => {
    const db = library();
    const stored = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'summaries_fts_after_insert'").pluck().get() as string;
    db.exec('DROP TRIGGER summaries_fts_after_insert');
    // A later migration might index one more column, or do more than one thing per row.
    db.exec(stored.replace('END', "INSERT INTO summaries_fts (summaries_fts) VALUES ('optimize'); END"));
    db.transaction(() => {
      const finish = deferFtsInserts(db);
      addSummary(db, { id: 's1', title: 'Zanzibar talks', body: 'Talks on Zanzibar ferries.' });
      expect(matches(db, 'zanzibar')).toBe(1);
      finish();
    })();
    expect(matches(db, 'zanzibar')).toBe(1);
  });
});
