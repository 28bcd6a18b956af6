import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractJob } from '../../electron/ingest/extract/extract-file';
import { ExtractPool, leasePool } from '../../electron/ingest/extract/extract-pool';
import type { UserTheme } from '../../electron/ingest/extract/types';
import { importPaths, previewImport, type Progress } from '../../electron/ingest/import-service';
import type { Library } from '../../electron/library/open-library';
import { openLibrary } from '../../electron/library/open-library';
import { tempDir } from '../helpers/temp-library';
import { buildExtractWorker } from './helpers/build-extract-worker';
import { makeDocx } from './helpers/make-docx';
import { makePdf } from './helpers/make-pdf';

const FIXTURES = join(__dirname, '..', 'fixtures', 'articles');
const SEED = readFileSync('/work/shared/seeds/000_f3559fb801e34102.txt', 'utf8');

/** Everything an import stored, without ids and timestamps: two libraries compare equal when they hold the same. */
function dump(lib: Library): unknown {
  const db = lib.db;
  return {
    summaries: db.prepare('SELECT title, meeting_date, city, country, source_name, body, key_points, content_hash FROM summaries ORDER BY seq').all(),
    entities: db.prepare('SELECT kind, actor_type, name, theme_slug FROM entities ORDER BY id').all(),
    aliases: db.prepare('SELECT e.name, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id ORDER BY a.kind, a.match_key').all(),
    tags: db
      .prepare(
        `SELECT s.content_hash, e.name, se.confidence, se.source, se.status, se.evidence FROM summary_entities se
         JOIN summaries s ON s.id = se.summary_id JOIN entities e ON e.id = se.entity_id ORDER BY s.seq, e.id`,
      )
      .all(),
    imports: db.prepare('SELECT kind, label, stats FROM imports').all(),
  };
}

describe('extraction in worker threads', () => {
  const { dir, cleanup } = tempDir('bbb-extract-pool-');
  const input = join(dir, 'in');
  let worker: string;
  let crashing: string;

  beforeAll(async () => {
    ({ worker, crashing } = await buildExtractWorker());
    const { mkdirSync } = await import('node:fs');
    mkdirSync(input);
    // 39 real articles, then what must be refused or reported, spread through the batch.
    for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.txt'))) copyFileSync(join(FIXTURES, f), join(input, f));
    writeFileSync(join(input, '05-empty.txt'), '');
    writeFileSync(join(input, '10-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(input, '15-fake.pdf'), 'not a pdf at all');
    writeFileSync(join(input, '20-only-noise.md'), 'Advertisement\nRead More; G20 Ministers Propose 2% Wealth Tax on Billionaires\n');
    writeFileSync(join(input, '25-seed.txt'), SEED);
    writeFileSync(join(input, '26-seed-readout.pdf'), await makePdf(SEED.split('\n').filter(Boolean)));
    writeFileSync(join(input, '27-readout.docx'), makeDocx(['Lavrov and Wang Yi meet in Moscow', 'Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Moscow on 8 April 2024; they discussed trade.']));
    copyFileSync(join(input, '25-seed.txt'), join(input, '99-seed-again.txt'));
  });
  afterAll(cleanup);

  async function run(name: string, workers: false | { workerPath: string; size: number }) {
    const lib = await openLibrary(join(dir, `${name}.sqlite`));
    const progress: Progress[] = [];
    const report = await importPaths(lib, [input], { workers, onProgress: (p) => progress.push(p) });
    const stored = dump(lib);
    lib.close();
    return { report: { ...report, importId: report.importId ? 'set' : null, results: report.results.map((r) => ({ ...r, summaryId: r.summaryId ? 'set' : undefined })) }, progress, stored };
  }

  it('imports a mixed batch exactly as the in-thread import does: results, refusals, progress, stored rows', async () => {
    const here = await run('here', false);
    const pooled = await run('pooled', { workerPath: worker, size: 2 });
    expect(here.report.results).toHaveLength(47);
    expect(here.report).toMatchObject({ added: 41, duplicates: 2, refused: 4 });
    const refused = here.report.results.filter((r) => r.status === 'refused').map((r) => r.reason);
    expect(refused).toEqual([
      expect.stringMatching(/05-empty\.txt is empty/),
      expect.stringMatching(/10-binary\.txt is not text/),
      expect.stringMatching(/15-fake\.pdf is not a PDF/),
      expect.stringMatching(/20-only-noise\.md has only boilerplate/),
    ]);
    expect(here.report.results.filter((r) => r.status === 'duplicate').map((r) => r.reason)).toEqual([
      'Same text as 25-seed.txt in this import.',
      'Same text as 25-seed.txt in this import.',
    ]);
    expect(pooled.report).toEqual(here.report);
    expect(pooled.progress).toEqual(here.progress);
    expect(pooled.progress.map((p) => p.done)).toEqual([...Array(48).keys()]);
    expect(pooled.stored).toEqual(here.stored);
  });

  it('previews identically with and without workers (the review step shows the same)', async () => {
    const lib = await openLibrary(join(dir, 'preview.sqlite'));
    try {
      const here = await previewImport(lib.db, { paths: [input] }, { workers: false });
      const pooled = await previewImport(lib.db, { paths: [input] }, { workers: { workerPath: worker, size: 1 } });
      expect(pooled).toEqual(here);
      expect(lib.db.prepare('SELECT count(*) AS n FROM summaries').get()).toEqual({ n: 0 });
    } finally {
      lib.close();
    }
  });

  it('gives each job the same result as this thread would, and stops its workers on close', async () => {
    const pool = ExtractPool.start({ workerPath: worker, size: 2 })!;
    expect(pool.size).toBe(2);
    const jobs = [
      { file: 'seed.txt', path: join(input, '25-seed.txt') },
      { file: 'empty.txt', path: join(input, '05-empty.txt') },
      { file: 'Pasted text', text: SEED },
      { file: 'missing.txt', path: join(input, 'no-such-file.txt') },
    ];
    const results = await Promise.all(jobs.map((j) => pool.run(j, [])));
    await pool.close();
    expect(pool.size).toBe(0);
    expect(results).toEqual(await Promise.all(jobs.map((j) => extractJob(j, []))));
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false]);
  });

  it('runs overlapping batches with different user themes on one shared pool, each with its own themes', async () => {
    process.env.BRIEFING_EXTRACT_WORKER = worker;
    try {
      const first = leasePool()!;
      const second = leasePool()!;
      expect(second.pool).toBe(first.pool);
      const mine: UserTheme[] = [{ id: 'user-1', name: 'Meetings', phrases: ['meeting', 'met', 'discussed'] }];
      const theirs: UserTheme[] = [{ id: 'user-2', name: 'Cooperation among ministers', phrases: ['cooperation', 'ministers', 'talks'] }];
      const files = readdirSync(input).filter((n) => n.endsWith('.txt')).slice(0, 12);
      const jobs = files.map((f) => ({ file: f, path: join(input, f) }));
      const [a, b] = await Promise.all([
        Promise.all(jobs.map((j) => first.pool.run(j, mine))),
        Promise.all(jobs.map((j) => second.pool.run(j, theirs))),
      ]);
      expect(a).toEqual(await Promise.all(jobs.map((j) => extractJob(j, mine))));
      expect(b).toEqual(await Promise.all(jobs.map((j) => extractJob(j, theirs))));
      const themeIds = (r: typeof a) => r.flatMap((x) => (x.ok ? x.extraction.themes.map((t) => t.id) : []));
      expect(themeIds(a)).toContain('user-1');
      expect(themeIds(b)).toContain('user-2');
      await first.release();
      await second.release();
      const third = leasePool()!;
      expect(third.pool).toBe(first.pool); // still up: idle workers stop only after a while
      await third.release();
    } finally {
      delete process.env.BRIEFING_EXTRACT_WORKER;
    }
  });

  it('finishes the batch in this thread when its workers die', async () => {
    const here = await run('crash-here', false);
    const crashed = await run('crash-pooled', { workerPath: crashing, size: 2 });
    expect(crashed.report).toEqual(here.report);
    expect(crashed.stored).toEqual(here.stored);
  });
});
