import type { Database } from 'better-sqlite3';
import type { Progress } from '../../common/primitives';
import { basename } from 'node:path';
import type { Library } from '../library/open-library';
import { findSummaryByHash, getSummary } from '../library/summaries';
import type { Extraction } from './extract/types';
import { extractInOrder, type BatchInput, type BatchOptions } from './extract/extract-batch';
import { refusal } from './extract/extract-file';
import { commitItemOf, PASTED_LABEL, type CommitItem } from './write/commit-item';
import type { ImportReport, ItemResult, PreviewItem } from './ingest-types';
import { BatchWriter, batchLabel, COMMIT_CHUNK } from './write/import-writer';
import { decodeText } from './read/decode-text';
import { collectFiles } from './read/collect-files';
import { readDocumentBytesIsolated, readDocumentIsolated } from './read/isolated-read';
import { NameResolver } from './write/resolve-names';

/**
 * Batch import of files and pasted text. `previewImport` reads and extracts without writing
 * anything, and says per item whether it is new, already in the library, or refused (why).
 * `importItems` (import-writer.ts) stores the (possibly user-edited) items, so one bad item
 * never aborts the batch; `importPaths` is both in one go (the CLI), writing each chunk of
 * new items while worker threads extract the next files (extract-batch.ts). Progress is
 * reported as done/total before each item.
 */
export { commitItemOf, PASTED_LABEL, type CommitItem, type CommitTag } from './write/commit-item';
export { BatchWriter, importItems, type ImportItemsOptions } from './write/import-writer';
export type { ImportReport, ItemResult, PreviewItem } from './ingest-types';

export type { Progress } from '../../common/primitives';

/** What to preview: files and folders by path, pasted text, or files' bytes (dropped on the window). */
export interface ImportSource {
  paths?: string[];
  text?: string;
  files?: Array<{ name: string; bytes: Buffer }>;
}

export interface PreviewOptions {
  onProgress?: (p: Progress) => void;
  /** Worker threads for extraction (see extract-batch.ts); false keeps it all in this thread. */
  workers?: BatchOptions['workers'];
}

export async function previewImport(db: Database | undefined, source: ImportSource, options: PreviewOptions = {}): Promise<PreviewItem[]> {
  const items: PreviewItem[] = [];
  for await (const item of previewStream(db, source, options)) items.push(item);
  return items;
}

/**
 * The preview, item by item in input order. Names resolve against the library as it is
 * when each item comes, so a consumer that writes between items (importPaths) is seen.
 */
async function* previewStream(db: Database | undefined, source: ImportSource, options: PreviewOptions): AsyncGenerator<PreviewItem> {
  const resolver = db ? new NameResolver(db) : undefined;
  const userThemes = resolver?.userThemes() ?? [];
  const inputs: BatchInput[] = [
    ...collectFiles(source.paths ?? []).map((path) => ({ file: path, path, read: () => readDocumentIsolated(path) })),
    ...(source.files ?? []).map((f) => ({ file: f.name, read: () => readDocumentBytesIsolated(f.name, f.bytes) })),
    ...(source.text !== undefined ? [{ file: PASTED_LABEL, read: async () => ({ text: decodeText(Buffer.from(source.text!, 'utf8'), PASTED_LABEL) }) }] : []),
  ];
  // The same text twice in one batch (a PDF and the .txt it was made from) is stored once.
  const inBatch = new Map<string, string>();
  const extracted = extractInOrder(inputs, userThemes, { workers: options.workers });
  try {
    for (const [i, input] of inputs.entries()) {
      options.onProgress?.({ done: i, total: inputs.length, label: basename(input.file) });
      const next = await extracted.next();
      if (next.done) throw new Error('extraction ended early'); // cannot happen: one result per input
      const result = next.value;
      if (!result.ok) {
        yield { file: input.file, status: 'refused', reason: result.reason };
        continue;
      }
      const twin = inBatch.get(result.hash);
      if (!twin) inBatch.set(result.hash, input.file);
      yield previewOne(db, resolver, input.file, result.extraction, result.hash, twin);
    }
  } finally {
    await extracted.return(undefined); // stops the workers when the consumer stops early
  }
  options.onProgress?.({ done: inputs.length, total: inputs.length, label: '' });
}

function previewOne(db: Database | undefined, resolver: NameResolver | undefined, file: string, raw: Extraction, hash: string, twin: string | undefined): PreviewItem {
  try {
    resolver?.revalidate(); // the await let other handlers run: a rename there must count here
    const { extraction, resolved } = resolver ? resolver.resolveExtraction(raw) : { extraction: raw, resolved: undefined };
    if (twin) return { file, status: 'duplicate', extraction, resolved, reason: `Same text as ${basename(twin)} in this import.` };
    const existingId = db ? findSummaryByHash(db, hash) : undefined;
    if (existingId) {
      return { file, status: 'duplicate', existingId, reason: `Already in the library as "${getSummary(db!, existingId).title}".`, extraction, resolved };
    }
    return { file, status: 'new', extraction, resolved };
  } catch (error) {
    return { file, status: 'refused', reason: refusal(file, error) };
  }
}

/**
 * Files and folders straight into the library (the CLI's `import`): preview, then store the
 * new items, a chunk at a time as they come (workers extract the next files meanwhile).
 * With dryRun nothing is written and new items are reported as 'would-add'.
 */
export async function importPaths(
  library: Library,
  paths: readonly string[],
  options: { dryRun?: boolean; onProgress?: (p: Progress) => void; workers?: BatchOptions['workers'] } = {},
): Promise<ImportReport> {
  const results: ItemResult[] = [];
  let writer: BatchWriter | undefined;
  let pending: Array<{ at: number; item: CommitItem }> = [];
  const flush = () => {
    if (pending.length === 0) return;
    writer ??= new BatchWriter(library, batchLabel(paths));
    const written = writer.write(pending.map((p) => p.item));
    pending.forEach((p, k) => (results[p.at] = written[k]!));
    pending = [];
  };
  for await (const p of previewStream(library.db, { paths: [...paths] }, options)) {
    if (p.status === 'refused') results.push({ file: p.file, status: 'refused', reason: p.reason });
    else if (p.status === 'duplicate') results.push({ file: p.file, status: 'duplicate', summaryId: p.existingId, reason: p.reason });
    else results.push({ file: p.file, status: 'would-add', title: p.extraction!.title });
    if (p.status === 'new' && !options.dryRun) pending.push({ at: results.length - 1, item: commitItemOf(p.file, p.extraction!, p.resolved) });
    if (pending.length >= COMMIT_CHUNK) flush();
  }
  flush();
  const count = (s: ItemResult['status']) => results.filter((r) => r.status === s).length;
  // The batch's record counts what was refused or already there at preview too.
  const earlier = (s: ItemResult['status']) => count(s) - (writer?.results.filter((r) => r.status === s).length ?? 0);
  const recorded = writer?.finish(earlier('refused'), earlier('duplicate'));
  return { importId: recorded?.importId ?? null, results, added: count('added'), duplicates: count('duplicate'), refused: count('refused') };
}
