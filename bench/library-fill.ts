import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureEntity } from '../electron/library/entities';
import { LATEST_VERSION } from '../electron/library/migrate';
import { openLibrary, type Library } from '../electron/library/open-library';
import { contentHash } from '../electron/library/summaries';
import { CORPUS_GENERATOR_VERSION, corpus, type CorpusItem } from './corpus';
import type { Vocabulary } from './vocabulary';

/**
 * Builds big libraries fast, straight from the corpus "truth" (no extraction): prepared
 * inserts of summaries and their tags in large transactions, FTS kept by the schema's
 * triggers. Used for the search and bundle benchmarks, and cached in the OS temp folder
 * keyed by corpus, vocabulary and schema version so reruns skip the build.
 */

const BATCH = 5000;

export function fillLibrary(db: Database, items: Iterable<CorpusItem>, onProgress?: (done: number) => void): number {
  const entityIds = new Map<string, number>();
  const entity = (kind: 'forum' | 'actor' | 'theme', name: string, actorType?: 'person' | 'country' | 'organization'): number => {
    const key = `${kind}\u0000${name}`;
    let id = entityIds.get(key);
    if (id === undefined) {
      id = kind === 'theme' ? ensureEntity(db, { kind, name, themeSlug: name }) : ensureEntity(db, { kind, name, actorType });
      entityIds.set(key, id);
    }
    return id;
  };
  const insert = db.prepare(
    `INSERT INTO summaries (id, title, meeting_date, date_precision, date_start, date_end, city, country, source_name,
       source_url, body, key_points, notes, language, content_hash, created_at, updated_at)
     VALUES (?, ?, ?, 'day', ?, ?, ?, ?, ?, ?, ?, ?, '', 'en', ?, ?, ?)`,
  );
  const tag = db.prepare(
    `INSERT OR IGNORE INTO summary_entities (summary_id, entity_id, role, confidence, source, status, evidence)
     VALUES (?, ?, ?, ?, 'extracted', 'suggested', '[]')`,
  );
  const writeBatch = db.transaction((batch: CorpusItem[]) => {
    for (const it of batch) {
      const stamp = `${it.date}T12:00:00.000Z`;
      insert.run(it.id, it.title, it.date, it.date, it.date, it.city, it.country, it.sourceName, it.sourceUrl, it.body,
        JSON.stringify(it.keyPoints), contentHash(it.body), stamp, stamp);
      if (it.forum) tag.run(it.id, entity('forum', it.forum), 'forum', 0.95);
      for (const a of it.actors) tag.run(it.id, entity('actor', a.name, a.type), 'actor', 0.9);
      for (const t of it.themes) tag.run(it.id, entity('theme', t), 'theme', 0.8);
    }
  });
  let done = 0;
  let batch: CorpusItem[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === BATCH) {
      writeBatch(batch);
      done += batch.length;
      batch = [];
      onProgress?.(done);
    }
  }
  if (batch.length) writeBatch(batch);
  done += batch.length;
  return done;
}

export function cachedLibraryPath(n: number, vocab: Vocabulary): string {
  const key = `c${CORPUS_GENERATOR_VERSION}-v${vocab.fingerprint}-s${LATEST_VERSION}-n${n}`;
  return join(tmpdir(), 'bbb-bench-cache', `library-${key}.sqlite`);
}

/**
 * A library of the first n corpus items: from the cache when present, else built (into a
 * temporary name, renamed when complete, so an interrupted build is never reused).
 */
export async function cachedLibrary(
  n: number,
  vocab: Vocabulary,
  log: (line: string) => void,
): Promise<{ library: Library; built: boolean; buildSec?: number }> {
  const path = cachedLibraryPath(n, vocab);
  if (existsSync(path)) return { library: await openLibrary(path, { skipBackup: true }), built: false };
  mkdirSync(join(tmpdir(), 'bbb-bench-cache'), { recursive: true });
  // A name of its own: another benchmark (bench/ui) may be building the same library right now.
  const building = `${path}.building-${process.pid}-${randomBytes(4).toString('hex')}`;
  const started = Date.now();
  const lib = await openLibrary(building);
  lib.db.pragma('synchronous = OFF');
  lib.db.pragma('cache_size = -200000');
  fillLibrary(lib.db, corpus(n, vocab), (done) => {
    if (done % 20000 === 0) log(`  building ${n.toLocaleString('en')}-summary library: ${done.toLocaleString('en')}`);
  });
  lib.db.exec("INSERT INTO summaries_fts (summaries_fts) VALUES ('optimize')");
  lib.close();
  // Whoever finishes first wins; a later builder's copy is thrown away.
  if (existsSync(path)) for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  else renameSync(building, path);
  const buildSec = (Date.now() - started) / 1000;
  return { library: await openLibrary(path, { skipBackup: true }), built: true, buildSec };
}
