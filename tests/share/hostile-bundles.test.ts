import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/errors';
import { openLibrary, type Library } from '../../electron/library/open-library';
import { contentHash, getSummary } from '../../electron/library/summaries';
import { exportBundle, importBundle, inspectBundle } from '../../electron/share/bundles';
import { tempDir } from '../helpers/temp-library';
import { buildShareEntryPoints } from './helpers/build-worker';
import { craftBundle, craftBytes } from './helpers/craft-bundles';
import { dumpLibrary, seedLibrary, sha } from './helpers/library-fixtures';

describe('damaged and hostile bundles', () => {
  const tmp = tempDir('bbb-share-hostile-');
  let lib: Library;
  let valid: string;
  const file = (name: string) => join(tmp.dir, name);

  beforeAll(async () => {
    await buildShareEntryPoints();
    const source = await openLibrary(file('source.sqlite'));
    seedLibrary(source.db, 12, { prefix: 'their' });
    valid = file('valid.bblib');
    exportBundle(source.db, { scope: { kind: 'library' }, outPath: valid, exportedBy: 'Sender', appVersion: '0.1.0' });
    source.close();
    const plain = await openLibrary(file('plain.sqlite'));
    seedLibrary(plain.db, 2);
    plain.close();
    lib = await openLibrary(file('mine.sqlite'));
    seedLibrary(lib.db, 5, { prefix: 'mine' });
  });
  afterAll(() => {
    lib.close();
    tmp.cleanup();
  });

  const fileState = () =>
    ['mine.sqlite', 'mine.sqlite-wal'].map((f) => (existsSync(file(f)) ? sha(readFileSync(file(f)).toString('base64')) : '-')).join();

  const cases: Array<[string, () => string, RegExp]> = [
    ['empty', () => (writeFileSync(file('empty.bblib'), ''), file('empty.bblib')), /the file is empty/],
    ['not SQLite', () => (writeFileSync(file('text.bblib'), 'Minutes of the meeting\n'.repeat(100)), file('text.bblib')), /not a SQLite database/],
    ['truncated', () => craftBytes(valid, file('truncated.bblib'), (b) => b.subarray(0, Math.floor(b.length / 2))), /damaged/],
    [
      'bit-flipped in a summary text',
      () =>
        craftBytes(valid, file('flipped-text.bblib'), (b) => {
          const at = b.indexOf('their summary 7:');
          b[at + 3] = b[at + 3]! ^ 0x01;
          return b;
        }),
      /does not match its checksum/,
    ],
    [
      'bit-flipped in page structure',
      () =>
        craftBytes(valid, file('flipped-page.bblib'), (b) => {
          const pageSize = b.readUInt16BE(16);
          for (let page = 1; page * pageSize < b.length; page++) b[page * pageSize + 3] = b[page * pageSize + 3]! ^ 0x40;
          return b;
        }),
      /damaged/,
    ],
    ['SQLite of another schema', () => otherSchema(file('other.bblib')), /not a Briefing Book bundle \(it has no manifest\)/],
    ['a library file instead of a bundle', () => (copyFileSync(file('plain.sqlite'), file('library-copy.bblib')), rollback(file('library-copy.bblib'))), /contains a trigger/],
    ['a planted view', () => craftBundle(valid, file('view.bblib'), (db) => db.exec('CREATE VIEW summaries_v AS SELECT * FROM summaries')), /contains a view/],
    [
      'a planted trigger',
      () => craftBundle(valid, file('trigger.bblib'), (db) => db.exec('CREATE TRIGGER t AFTER INSERT ON entities BEGIN DELETE FROM summaries; END')),
      /contains a trigger/,
    ],
    [
      'SQL in a table name',
      () => craftBundle(valid, file('sql-name.bblib'), (db) => db.exec(`CREATE TABLE "x'); DROP TABLE summaries; --" (a)`)),
      /unexpected table "x'\); DROP TABLE summaries; --"/,
    ],
    [
      'an extra column',
      () => craftBundle(valid, file('column.bblib'), (db) => db.exec("ALTER TABLE summaries ADD COLUMN payload TEXT DEFAULT 'x'")),
      /table "summaries" is not defined as this app defines it/,
    ],
    [
      'an absurd row size',
      () =>
        craftBundle(
          valid,
          file('huge.bblib'),
          (db) => {
            const body = 'x'.repeat(6_000_000);
            db.prepare('UPDATE summaries SET body = ?, content_hash = ? WHERE rowid = 1').run(body, contentHash(body));
          },
          { reseal: true },
        ),
      /summaries\.body is 6,000,000 characters long; the limit is 5,000,000/,
    ],
    [
      // length() of TEXT stops at the first NUL: the cap must count bytes.
      'a NUL-led title of 50 MB',
      () =>
        craftBundle(
          valid,
          file('nul-title.bblib'),
          (db) => db.prepare('UPDATE summaries SET title = ? WHERE rowid = 1').run(`\0${'x'.repeat(50_000_000)}`),
          { reseal: true },
        ),
      /summaries\.title is 50,000,001 bytes long; the limit is 10,000 characters/,
    ],
    ...(
      [
        ['options that are not JSON', "options = '{'", /book b-1 has options this app cannot read/],
        ['wrongly typed options', `options = '{"paper":"a3","draft":"yes"}'`, /book b-1 has options this app cannot read/],
        ['a group order that is not a list', "manual_group_order = '{\"a\":1}'", /book b-1 has an unreadable group order/],
        ['an empty marking', "classification = '   '", /book b-1 has an unusable classification marking/],
      ] as const
    ).map(([what, set, message]): [string, () => string, RegExp] => [
      `a book with ${what}`,
      () =>
        craftBundle(
          valid,
          file(`book-${what.replace(/\W+/g, '-')}.bblib`),
          (db) => {
            db.exec("INSERT INTO books (id, title, created_at, updated_at) VALUES ('b-1', 'Their book', '2025-02-01T00:00:00Z', '2025-02-01T00:00:00Z')");
            db.exec(`UPDATE books SET ${set} WHERE id = 'b-1'`);
            db.exec(`UPDATE manifest SET counts = json_set(counts, '$.books', 1)`);
          },
          { reseal: true },
        ),
      message,
    ]),
    ...(
      [
        ['an ESC in a title', (db: Database.Database) => db.exec("UPDATE summaries SET title = 'Talks' || char(27) || '[2J' WHERE rowid = 1"), /summary [\w-]+ has control characters \(such as ESC or NUL\) in its title/],
        [
          'a BEL in a body (hash resealed)',
          (db: Database.Database) => {
            const body = `Ministers met.\u0007 They agreed.`;
            db.prepare('UPDATE summaries SET body = ?, content_hash = ? WHERE rowid = 2').run(body, contentHash(body));
          },
          /summary [\w-]+ has control characters \(such as ESC or NUL\) in its text/,
        ],
        ['an ESC in key points', (db: Database.Database) => db.exec(`UPDATE summaries SET key_points = '["\\u001b]0;owned\\u0007"]' WHERE rowid = 1`), /has control characters \(such as ESC or NUL\) in its key points/],
        ['an ESC in an entity name', (db: Database.Database) => db.exec("UPDATE entities SET name = name || char(27), match_key = match_key WHERE rowid = 1"), /entity \d+ has control characters \(such as ESC or NUL\) in its name or phrases/],
        ['a NUL in an alias', (db: Database.Database) => db.exec("UPDATE aliases SET alias = alias || char(0) WHERE rowid = 1"), /an alias has control characters \(such as ESC or NUL\)/],
      ] as const
    ).map(([what, edit, message]): [string, () => string, RegExp] => [what, () => craftBundle(valid, file(`control-${what.replace(/\W+/g, '-')}.bblib`), edit, { reseal: true }), message]),
    ['a future format version', () => craftBundle(valid, file('future.bblib'), (db) => db.exec('UPDATE manifest SET format_version = 2')), /format version 2, newer than this app understands/],
    ['a newer library schema', () => craftBundle(valid, file('newer.bblib'), (db) => db.pragma('user_version = 990')), /newer version of Briefing Book Builder/],
    ['a wrong checksum', () => craftBundle(valid, file('checksum.bblib'), (db) => db.exec(`UPDATE manifest SET content_sha256 = '${'ab'.repeat(32)}'`)), /does not match its checksum/],
    ['an edited row, not resealed', () => craftBundle(valid, file('edited.bblib'), (db) => db.exec("UPDATE summaries SET notes = 'forged' WHERE rowid = 2")), /does not match its checksum/],
    ['an edited manifest field', () => craftBundle(valid, file('sender.bblib'), (db) => db.exec("UPDATE manifest SET exported_by = 'Someone else'")), /does not match its checksum/],
    [
      'a forged text with a stale content hash',
      () => craftBundle(valid, file('hash.bblib'), (db) => db.exec("UPDATE summaries SET body = body || ' forged' WHERE rowid = 3"), { reseal: true }),
      /content hash that does not match/,
    ],
    [
      'a tag pointing nowhere',
      () => craftBundle(valid, file('orphan.bblib'), (db) => db.exec("UPDATE summary_entities SET summary_id = 'nope' WHERE rowid = 1"), { reseal: true }),
      /damaged \(rows refer to missing rows\)/,
    ],
    [
      'rows in a local-only table',
      () => craftBundle(valid, file('imports.bblib'), (db) => db.exec("INSERT INTO imports (id, kind, label, created_at) VALUES ('x', 'files', 'x', 'x')"), { reseal: true }),
      /imports table is not empty/,
    ],
    [
      'counts that lie',
      () => craftBundle(valid, file('counts.bblib'), (db) => db.exec("DELETE FROM aliases WHERE rowid = (SELECT min(rowid) FROM aliases)"), { reseal: true }),
      /promises \d+ aliases but it holds/,
    ],
  ];

  it.each(cases)('refuses %s with a clear message and changes nothing', async (_name, make, reason) => {
    const path = make();
    const before = dumpLibrary(lib.db);
    const bytes = fileState();
    for (const attempt of [() => importBundle(lib.db, path), () => inspectBundle(lib.db, path)]) {
      const error = await attempt().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BUNDLE_REFUSED');
      expect((error as AppError).message).toMatch(reason);
      expect((error as AppError).message).not.toMatch(/\n/);
    }
    expect(dumpLibrary(lib.db)).toBe(before);
    expect(fileState()).toBe(bytes);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const { readBundleFileRaw } = await import('../../electron/share/read/read-bundle-file');
    expect(() => readBundleFileRaw(valid, undefined, 1024)).toThrow(/cannot be imported: it is .* MB, more than the .* MB a bundle may be/);
  });

  it('stores SQL inside text as plain text', async () => {
    const evil = "Talks'); DROP TABLE summaries; -- \" OR 1=1; ATTACH DATABASE '/tmp/x' AS x;";
    const path = craftBundle(valid, file('sql-text.bblib'), (db) => db.prepare('UPDATE summaries SET title = ?, notes = ? WHERE rowid = 1').run(evil, evil), {
      reseal: true,
    });
    const id = new Database(path, { readonly: true }).prepare('SELECT id FROM summaries WHERE rowid = 1').pluck().get() as string;
    const result = await importBundle(lib.db, path);
    expect(result.summaries.added).toBe(12);
    expect(getSummary(lib.db, id).title).toBe(evil);
    expect(lib.db.prepare('SELECT count(*) FROM summaries').pluck().get()).toBe(17);
    expect(existsSync('/tmp/x')).toBe(false);
  });
});

function otherSchema(path: string): string {
  const db = new Database(path);
  db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello');");
  db.close();
  return path;
}

/** A library copy switched to rollback mode, so the journal-mode check is not what refuses it. */
function rollback(path: string): string {
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  db.close();
  return path;
}
