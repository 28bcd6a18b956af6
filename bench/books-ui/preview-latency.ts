/**
 * How long the builder's live preview takes on the main-process side for a 50-summary book:
 * the time from a change (books.update) to the PDF bytes the renderer draws (books.preview),
 * through the real IPC registry. pdf.js drawing one page in the renderer comes on top.
 * Run: node scripts/run-ts.mjs bench/books-ui/preview-latency.ts
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareSummary } from '../../electron/ingest/write/commit-item';
import { createRegistry } from '../../electron/ipc/handlers/index';
import { addSummary } from '../../electron/library/summaries';
import { openLibrary } from '../../electron/library/open-library';

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bbb-preview-bench-'));
  const library = await openLibrary(join(dir, 'library.sqlite'));
  try {
    const samples = readdirSync('resources/samples').filter((f) => f.endsWith('.txt')).sort();
    const ids: string[] = [];
    // 50 summaries: the samples, then the first ones again under other titles (distinct content).
    for (let i = 0; ids.length < 50; i++) {
      const file = samples[i % samples.length]!;
      const input = prepareSummary(readFileSync(join('resources/samples', file), 'utf8'));
      if (i >= samples.length) {
        input.title = `${input.title} (follow-up ${i})`;
        input.body = `${input.body}\n\nFollow-up meeting ${i}.`;
      }
      const result = addSummary(library.db, input);
      ids.push(result.id);
    }
    const registry = createRegistry();
    const context = {
      library,
      dialogs: { save: async () => undefined, open: async () => [], reveal: async () => {} },
      emit: () => {},
      userName: 'bench',
      appVersion: 'bench',
    };
    const call = async (channel: string, request: unknown) => {
      const r = await registry.invoke(channel, request, context);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as Record<string, unknown>;
    };
    const book = await call('books:create', { title: 'Preview latency', groupBy: 'forum', groupBySecond: 'theme' });
    await call('books:addItems', { bookId: book.id, summaryIds: ids });
    const times: number[] = [];
    const cpu: number[] = [];
    let pages = 0;
    for (let run = 0; run < 8; run++) {
      const started = performance.now();
      const cpuStart = process.cpuUsage();
      await call('books:update', { id: book.id, fields: { subtitle: `Revision ${run}` } });
      await call('books:outline', { id: book.id });
      const preview = await call('books:preview', { bookId: book.id });
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      pages = preview.pages as number;
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(
      `50 summaries, ${pages} pages: change -> preview PDF median ${median.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms (8 runs); CPU time median ${cpu[4]!.toFixed(0)} ms (wall time suffers on a loaded machine)`,
    );
  } finally {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
