import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate, schemaVersion } from '../../electron/library/migrate';
import { addSummary } from '../../electron/library/summaries';
import { search } from '../../electron/library/search';

// Migration 0030 recreates the full-text index with prefix indexes: a library written at
// schema 20 must come out with every summary still findable, and the triggers still at work.
describe('migration 0030: FTS prefix indexes', () => {
  it('re-indexes the summaries an older library already has, and keeps indexing new ones', () => {
    const db = new Database(':memory:');
    migrate(db, { upTo: 20 });
    // Rows as a schema-20 library holds them (today's addSummary writes later columns too).
    const insertOld = db.prepare(
      `INSERT INTO summaries (id, title, body, content_hash, created_at, updated_at) VALUES (?, ?, ?, ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
    );
    insertOld.run('old-1', 'Maritime talks in Jakarta', 'Ministers discussed maritime security and sanctions.', 'h1');
    insertOld.run('old-2', 'Trade round', 'Trade ministers met in Geneva.', 'h2');
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'summaries_fts'").pluck().get()).not.toMatch(/prefix/);

    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
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
