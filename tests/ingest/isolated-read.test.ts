import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocumentBytesIsolated, readDocumentIsolated } from '../../electron/ingest/read/isolated-read';
import { readDocument } from '../../electron/ingest/read/read-document';
import { buildExtractWorker } from './helpers/build-extract-worker';
import { makeDocx } from './helpers/make-docx';
import { makePdf } from './helpers/make-pdf';

/**
 * #20: HTML, Word and PDF files are parsed in a worker with a time and a heap budget. The real
 * worker gives what the in-thread reader gives; stand-in workers that never answer, or that
 * eat their heap, show the budgets: a refusal in words, and the next file read by a fresh worker.
 */
const dir = mkdtempSync(join(tmpdir(), 'bbb-isolated-read-'));
let worker = '';
let misbehaving = '';

const ARTICLE = '<html><head><title>Ministers meet in Vientiane</title><meta property="og:site_name" content="Mekong Wire"></head><body><article><h1>Ministers meet in Vientiane</h1><p>The foreign ministers of the ASEAN Regional Forum met in Vientiane on 27 July 2024 and discussed maritime security in the South China Sea at length.</p><p>They agreed to meet again next year in Kuala Lumpur.</p></article></body></html>';

beforeAll(async () => {
  worker = (await buildExtractWorker()).worker;
  // Answers like the real worker, except for hang.html (never answers) and huge.html (fills its heap).
  misbehaving = join(dir, 'misbehaving-worker.cjs');
  writeFileSync(
    misbehaving,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ read }) => {
  if (read.fileName === 'hang.html') for (;;) {}
  if (read.fileName === 'huge.html') { const keep = []; for (;;) keep.push(new Array(1e5).fill(read.fileName + keep.length)); }
  parentPort.postMessage({ id: read.id, value: { text: 'read by a fresh worker', format: read.format, fileName: read.fileName, meta: {} } });
});
`,
  );
  writeFileSync(join(dir, 'article.html'), ARTICLE);
  writeFileSync(join(dir, 'article.docx'), makeDocx(['Ministers met in Vientiane on 27 July 2024.', 'They discussed maritime security.']));
  writeFileSync(join(dir, 'article.pdf'), await makePdf(['Ministers met in Vientiane on 27 July 2024.', 'They discussed maritime security.']));
  for (const name of ['hang.html', 'huge.html', 'fine.html']) writeFileSync(join(dir, name), ARTICLE);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('documents parsed in a budgeted worker', () => {
  it('gives exactly what the in-thread reader gives, for HTML, Word and PDF', async () => {
    for (const name of ['article.html', 'article.docx', 'article.pdf']) {
      const path = join(dir, name);
      expect(await readDocumentIsolated(path, { workerPath: worker })).toEqual(await readDocument(path));
    }
  });

  it('refuses a file that takes longer than the time budget, then reads the next one in a fresh worker', async () => {
    const options = { workerPath: misbehaving, budget: { timeoutMs: 1_500 } };
    await expect(readDocumentIsolated(join(dir, 'hang.html'), options)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/^hang\.html took longer than 1\.5 s to read, so reading it was stopped\..*paste its text\.$/),
    });
    expect((await readDocumentIsolated(join(dir, 'fine.html'), options)).text).toBe('read by a fresh worker');
  });

  it('refuses a file that needs more memory than the heap budget, then reads the next one', async () => {
    const options = { workerPath: misbehaving, budget: { heapMb: 48, timeoutMs: 60_000 } };
    await expect(readDocumentBytesIsolated('huge.html', Buffer.from(ARTICLE), options)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/^huge\.html needed more than 48 MB of memory to read/),
    });
    expect((await readDocumentBytesIsolated('fine.html', Buffer.from(ARTICLE), options)).text).toBe('read by a fresh worker');
  });

  it('keeps the in-thread checks: a refusal from the worker is the same AppError', async () => {
    const fake = join(dir, 'fake.pdf');
    writeFileSync(fake, '<html>a web page saved as .pdf</html>');
    await expect(readDocumentIsolated(fake, { workerPath: worker })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/^fake\.pdf is not a PDF/) });
  });
});
