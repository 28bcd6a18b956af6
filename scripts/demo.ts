// `npm run demo`: builds a sample library from resources/samples/*.txt in a temporary
// folder and exports briefing-demo.pdf (grouped by forum) into the current directory.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addBookItems } from '../electron/books/book-items';
import { planBook } from '../electron/books/book-plan';
import { createBook } from '../electron/books/book-store';
import { AppError, errorMessage } from '../electron/errors';
import { importPaths } from '../electron/ingest/import-service';
import { openLibrary } from '../electron/library/open-library';
import { renderBookToFile } from '../electron/pdf/render-book';

async function main(): Promise<void> {
  const samples = resolve(process.argv[2] ?? 'resources/samples');
  const out = resolve(process.argv[3] ?? 'briefing-demo.pdf');
  const dir = mkdtempSync(join(tmpdir(), 'briefing-demo-'));
  const library = await openLibrary(join(dir, 'library.sqlite'));
  try {
    const started = performance.now();
    // The app's own import pipeline: reading, cleaning, extraction of forums, actors, themes, date and place.
    const files = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort().map((f) => join(samples, f));
    if (files.length === 0) throw new AppError('FILE_NOT_FOUND', `No .txt sample summaries in ${samples}.`);
    const report = await importPaths(library, files);
    const ids = report.results.flatMap((r) => (r.status === 'added' && r.summaryId ? [r.summaryId] : []));
    const book = createBook(library.db, {
      title: 'Diplomatic meetings 2023–2025',
      subtitle: 'Readouts of ministerial meetings, summits and state visits, grouped by forum',
      preparedFor: 'The Minister for Foreign Affairs',
      preparedBy: 'Policy Planning Unit (sample library)',
      date: '2025-09-01',
      classification: 'OFFICIAL',
      purpose:
        'This sample book shows what Briefing Book Builder produces from a library of meeting summaries: every ' +
        'meeting under the forum in whose framework it took place, bilateral visits under "Other meetings", ' +
        'with an index of the people, countries and organisations named and the sources.',
      groupBy: 'forum',
    });
    addBookItems(library.db, book.id, ids);
    const plan = planBook(library.db, book.id);
    const result = await renderBookToFile(plan, out, { reproducible: true });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Imported ${ids.length} sample summaries; wrote ${out} (${result.pages} pages, ${plan.sections.length} sections) in ${seconds} s.`);
  } finally {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`demo: ${errorMessage(error)}`);
  process.exitCode = 1;
});
