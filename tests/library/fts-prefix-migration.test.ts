import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/library/migrate';
import { addSummary } from '../../electron/library/summaries';
import { search } from '../../electron/library/search';

// Migration 0030 recreates the full-text index with prefix indexes: a library written at
// schema 20 must come out with every summary still findable, and the triggers still at work.
describe('migration 0030: FTS prefix indexes', () => {
  it('re-indexes the summaries an older library already has, and keeps indexing new ones', () => {
    const db = new Database(':memory:');
    migrate(db, { upTo: 20 });
    addSummary(db, { title: 'Maritime talks in Jakarta', body: 'Ministers discussed maritime security and sanctions.' });
    addSummary(db, { title: 'Trade round', body: 'Trade ministers met in Geneva.' });
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'summaries_fts'").pluck().get()).not.toMatch(/prefix/);

    migrate(db, { upTo: 30 });
    expect(schemaVersion(db)).toBe(30);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'summaries_fts'").pluck().get()).toMatch(/prefix = '1 2 3'/);
    // One-, two- and three-letter prefixes (served by the new indexes) and whole words.
    expect(search(db, { text: 'm' }).total).toBe(2);
    expect(search(db, { text: 'ja' }).total).toBe(1);
    expect(search(db, { text: 'tra' }).total).toBe(1);
    expect(search(db, { text: 'maritime s' }).total).toBe(1);
    expect(db.prepare("INSERT INTO summaries_fts (summaries_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);

    // The recreated triggers: insert, update and delete reach the new index.
    const { id } = addSummary(db, { title: 'Climate finance', body: 'A pledge in Baku.' });
    expect(search(db, { text: 'ba' }).total).toBe(1);
    db.prepare("UPDATE summaries SET body = 'A pledge in Belem.' WHERE id = ?").run(id);
    expect(search(db, { text: 'ba' }).total).toBe(0);
    expect(search(db, { text: 'bel' }).total).toBe(1);
    db.prepare('DELETE FROM summaries WHERE id = ?').run(id);
    expect(search(db, { text: 'bel' }).total).toBe(0);
    expect(db.prepare("INSERT INTO summaries_fts (summaries_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
    db.close();
  });
});
