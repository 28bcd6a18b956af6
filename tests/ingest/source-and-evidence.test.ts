import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestPreviewItem } from '../../electron/ipc/contracts/ingest';
import type { HandlerContext } from '../../electron/ipc/registry';
import { createRegistry } from '../../electron/ipc/handlers/index';
import { importPaths, type ImportReport } from '../../electron/ingest/import-service';
import { getSummary } from '../../electron/library/summaries';
import { tempLibrary } from '../helpers/temp-library';

const SEED = readFileSync('/work/shared/seeds/000_f3559fb801e34102.txt', 'utf8');
// A web page whose metadata names its publisher, address, author and day; the text's own
// dateline has no year, so the publication day is what settles it.
const PAGE = `<!doctype html><html><head><title>Ministers meet in Astana</title>
<meta property="og:site_name" content="Steppe Wire">
<link rel="canonical" href="https://steppe.example.org/2024/10/csto-ministers">
<meta name="author" content="Aigerim Sadykova">
<meta property="article:published_time" content="2024-10-15T09:00:00+05:00">
</head><body><article><h1>CSTO foreign ministers meet in Astana</h1>
<p>ASTANA, Oct 14 - Foreign ministers of the Collective Security Treaty Organization met in Astana on Monday to prepare the November summit, Kazakhstan's foreign ministry said.</p>
<p>The ministers discussed border security in Central Asia, the situation in Afghanistan and joint exercises planned for next year. They adopted statements on countering terrorism and drug trafficking.</p>
<p>Kazakh Foreign Minister Murat Nurtleu chaired the meeting, which Russian Foreign Minister Sergey Lavrov attended.</p>
</article></body></html>`;

describe('import keeps where a text came from and why its date and place were chosen', () => {
  let t: Awaited<ReturnType<typeof tempLibrary>>;
  beforeEach(async () => {
    t = await tempLibrary();
  });
  afterEach(() => t.cleanup());

  it("stores a web page's publisher, address, author and day, never its file name as publisher", async () => {
    writeFileSync(join(t.dir, 'h15.html'), PAGE);
    const report = await importPaths(t.library, [join(t.dir, 'h15.html')], { workers: false });
    const s = getSummary(t.library.db, report.results[0]!.summaryId!);
    expect(s).toMatchObject({
      sourceName: 'Steppe Wire',
      sourceUrl: 'https://steppe.example.org/2024/10/csto-ministers',
      sourceAuthor: 'Aigerim Sadykova',
      publishedDate: '2024-10-15',
      sourceFile: 'h15.html',
    });
    // The year comes from the page's publication day, and the note says what decided it.
    expect(s.meetingDate).toBe('2024-10-14');
    expect(s.dateEvidence).not.toBeNull();
    expect(s.dateEvidence!.confidence).toBeGreaterThan(0);
    expect(s.dateEvidence!.note.length).toBeGreaterThan(0);
  });

  it('stores the primary forum; a date the user changes in review loses extraction’s evidence', async () => {
    writeFileSync(join(t.dir, 'seed.txt'), SEED);
    const registry = createRegistry();
    const ctx: HandlerContext = {
      library: t.library,
      dialogs: { save: async () => undefined, open: async () => [join(t.dir, 'seed.txt')], reveal: async () => {} },
      emit: () => {},
      userName: 'Tester',
      appVersion: '0.0.0',
    };
    const call = async <T>(channel: string, request: unknown): Promise<T> => {
      const result = await registry.invoke(channel, request, ctx);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as T;
    };
    const paths = await call<string[]>('ingest:pickFiles', {});
    const [item] = await call<IngestPreviewItem[]>('ingest:preview', { paths });
    const e = item!.extraction!;
    expect(e.primaryForum).not.toBeNull();
    expect(e.forums.map((f) => f.name)).toContain(e.primaryForum);
    const other = e.forums.find((f) => f.name !== e.primaryForum)!;
    // The user keeps the place, changes the date and makes the other forum primary.
    const tags = e.forums.map((f) => ({ kind: 'forum', name: f.name, isPrimary: f.name === other.name }));
    const report = await call<ImportReport>('ingest:commit', { items: [{ key: item!.key, date: '2024-07-26', tags }] });
    const s = getSummary(t.library.db, report.results[0]!.summaryId!);
    expect(s.meetingDate).toBe('2024-07-26');
    expect(s.dateEvidence).toBeNull();
    expect(s.placeEvidence).toEqual(e.locationInfo);
    expect(s.tags.filter((x) => x.isPrimary).map((x) => x.name)).toEqual([other.name]);
  });
});
