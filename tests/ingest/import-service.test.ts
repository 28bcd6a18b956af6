import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importItems, importPaths, previewImport, type CommitItem } from '../../electron/ingest/import-service';
import { countSummaries, getSummary } from '../../electron/library/summaries';
import { tempLibrary } from '../helpers/temp-library';

const SEED = readFileSync('/work/shared/seeds/000_f3559fb801e34102.txt', 'utf8');
const OTHER = 'Lavrov and Wang Yi meet in Moscow\nChinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Moscow on 8 April 2024; they discussed trade and the Shanghai Cooperation Organisation.';

describe('batch import', () => {
  let t: Awaited<ReturnType<typeof tempLibrary>>;
  beforeEach(async () => {
    t = await tempLibrary();
    writeFileSync(join(t.dir, '1-seed.txt'), SEED);
    writeFileSync(join(t.dir, '2-bad.pdf'), 'not a pdf at all');
    writeFileSync(join(t.dir, '3-other.md'), OTHER);
  });
  afterEach(() => t.cleanup());

  it('previews without writing anything', async () => {
    const items = await previewImport(t.library.db, { paths: [t.dir] });
    expect(items.map((i) => i.status)).toEqual(['new', 'refused', 'new']);
    expect(items[1]!.reason).toMatch(/2-bad\.pdf is not a PDF/);
    expect(items[0]!.extraction!.forums.map((f) => f.name)).toContain('East Asia Summit');
    expect(countSummaries(t.library.db)).toBe(0);
    expect(t.library.db.prepare('SELECT count(*) AS n FROM entities WHERE kind <> ?').get('theme')).toEqual({ n: 0 });
  });

  it('imports around a bad file in the middle, records the batch, and reports progress', async () => {
    const progress: Array<[number, number]> = [];
    const report = await importPaths(t.library, [t.dir], { onProgress: (p) => progress.push([p.done, p.total]) });
    expect(report.results.map((r) => r.status)).toEqual(['added', 'refused', 'added']);
    expect(report).toMatchObject({ added: 2, duplicates: 0, refused: 1 });
    expect(progress[0]).toEqual([0, 3]);
    expect(progress[progress.length - 1]).toEqual([3, 3]);
    const summary = getSummary(t.library.db, report.results[0]!.summaryId!);
    expect(summary).toMatchObject({ meetingDate: '2024-07-27', city: 'Vientiane', country: 'Laos', originImportId: report.importId, sourceName: null, sourceFile: '1-seed.txt' });
    expect(summary.tags.filter((x) => x.kind === 'forum').map((x) => x.name).sort()).toEqual(['ASEAN Regional Forum', 'East Asia Summit']);
    expect(summary.tags.every((x) => x.source === 'extracted' && x.status === 'suggested')).toBe(true);
    const row = t.library.db.prepare('SELECT kind, stats FROM imports WHERE id = ?').get(report.importId) as { kind: string; stats: string };
    expect(row.kind).toBe('files');
    expect(JSON.parse(row.stats)).toEqual({ added: 2, duplicates: 0, refused: 1 });
  });

  it('is a no-op, reported as such, when the same content is imported again', async () => {
    await importPaths(t.library, [t.dir]);
    const before = t.library.db.prepare('SELECT (SELECT count(*) FROM summaries) s, (SELECT count(*) FROM entities) e, (SELECT count(*) FROM imports) i').get();
    const again = await importPaths(t.library, [t.dir]);
    expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'refused', 'duplicate']);
    expect(again.results[0]!.reason).toMatch(/Already in the library as "/);
    expect(again.importId).toBeNull();
    expect(t.library.db.prepare('SELECT (SELECT count(*) FROM summaries) s, (SELECT count(*) FROM entities) e, (SELECT count(*) FROM imports) i').get()).toEqual(before);
  });

  it('writes nothing on a dry run', async () => {
    const report = await importPaths(t.library, [t.dir], { dryRun: true });
    expect(report.results.map((r) => r.status)).toEqual(['would-add', 'refused', 'would-add']);
    expect(countSummaries(t.library.db)).toBe(0);
    expect(t.library.db.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 0 });
  });

  it('stores user edits and tag decisions, and one failing item leaves nothing of itself behind', async () => {
    const [seed, , other] = await previewImport(t.library.db, { paths: [t.dir] });
    const good: CommitItem = {
      file: seed!.file,
      title: 'Lavrov at the EAS and ARF',
      date: '2024-07-27',
      city: 'Vientiane',
      country: 'Laos',
      body: seed!.extraction!.body,
      tags: [
        { kind: 'forum', name: 'East Asia Summit', status: 'accepted' },
        { kind: 'actor', name: 'NATO', actorType: 'organization', status: 'rejected' },
        { kind: 'theme', name: 'Regional security & security architecture', themeSlug: 'regional-security' },
        { kind: 'actor', name: 'Laos', actorType: 'country', source: 'user' },
      ],
    };
    const broken: CommitItem = { file: other!.file, title: 'x', date: '2024-13-45', body: other!.extraction!.body, tags: [{ kind: 'actor', name: 'Brand New Body', actorType: 'organization' }] };
    const report = importItems(t.library, [broken, good]);
    expect(report.results.map((r) => r.status)).toEqual(['refused', 'added']);
    expect(report.results[0]!.reason).toMatch(/2024-13-45/);
    const db = t.library.db;
    expect(db.prepare("SELECT count(*) AS n FROM entities WHERE name = 'Brand New Body'").get()).toEqual({ n: 0 });
    const s = getSummary(db, report.results[1]!.summaryId!);
    expect(s.title).toBe('Lavrov at the EAS and ARF');
    const tag = (name: string) => s.tags.find((x) => x.name === name)!;
    expect(tag('East Asia Summit')).toMatchObject({ source: 'extracted', status: 'accepted' });
    expect(tag('NATO')).toMatchObject({ source: 'extracted', status: 'rejected' });
    expect(tag('Laos')).toMatchObject({ source: 'user', status: 'accepted', confidence: 1 });
    expect(tag('Regional security & security architecture').themeSlug).toBe('regional-security');
  });
});
