import type { Database } from 'better-sqlite3';
import { basename } from 'node:path';
import { AppError, errorMessage } from '../errors';
import type { Library } from '../library/open-library';
import { addSummary, contentHash, findSummaryByHash, getSummary } from '../library/summaries';
import type { ActorType, EntityKind, TagInput } from '../library/types';
import { extract } from './extract/extract';
import type { Extraction } from './extract/types';
import { finishFileImport, startFileImport } from './import-record';
import { extractionTags } from './prepare-summary';
import { decodeText } from './read-text-file';
import { collectFiles } from './readers/collect-files';
import { readDocument, readDocumentBytes } from './readers/read-document';
import { NameResolver } from './resolve-names';

/**
 * Batch import of files and pasted text. `previewImport` reads and extracts without writing
 * anything, and says per item whether it is new, already in the library, or refused (why).
 * `importItems` stores the (possibly user-edited) items, each summary with its tags in one
 * transaction, so one bad item never aborts the batch; `importPaths` is both in one go (the
 * CLI). Progress is reported as done/total after each item.
 */
export const PASTED_LABEL = 'Pasted text';

export interface Progress {
  done: number;
  total: number;
  label: string;
}

export interface PreviewItem {
  /** The file's path, or "Pasted text". */
  file: string;
  status: 'new' | 'duplicate' | 'refused';
  /** Why a file was refused, or which summary already holds a duplicate. */
  reason?: string;
  /** For a duplicate: the id of the summary that already has this text. */
  existingId?: string;
  /** For new and duplicate items: what extraction found, names as the library knows them. */
  extraction?: Extraction;
}

/** What to preview: files and folders by path, pasted text, or files' bytes (dropped on the window). */
export interface ImportSource {
  paths?: string[];
  text?: string;
  files?: Array<{ name: string; bytes: Buffer }>;
}

export interface PreviewOptions {
  onProgress?: (p: Progress) => void;
}

export async function previewImport(db: Database | undefined, source: ImportSource, options: PreviewOptions = {}): Promise<PreviewItem[]> {
  const resolver = db ? new NameResolver(db) : undefined;
  const userThemes = resolver?.userThemes() ?? [];
  const inputs = [
    ...collectFiles(source.paths ?? []).map((path) => ({ file: path, read: async () => (await readDocument(path)).text })),
    ...(source.files ?? []).map((f) => ({ file: f.name, read: async () => (await readDocumentBytes(f.name, f.bytes)).text })),
    ...(source.text !== undefined ? [{ file: PASTED_LABEL, read: async () => decodeText(Buffer.from(source.text!, 'utf8'), PASTED_LABEL) }] : []),
  ];
  const items: PreviewItem[] = [];
  const inBatch = new Map<string, string>();
  for (const [i, input] of inputs.entries()) {
    options.onProgress?.({ done: i, total: inputs.length, label: basename(input.file) });
    const item = await previewOne(db, resolver, input, userThemes);
    // The same text twice in one batch (a PDF and the .txt it was made from) is stored once.
    const hash = item.status === 'new' ? contentHash(item.extraction!.body) : undefined;
    const twin = hash ? inBatch.get(hash) : undefined;
    if (hash && twin) items.push({ ...item, status: 'duplicate', reason: `Same text as ${basename(twin)} in this import.` });
    else items.push(item);
    if (hash && !twin) inBatch.set(hash, input.file);
  }
  options.onProgress?.({ done: inputs.length, total: inputs.length, label: '' });
  return items;
}

async function previewOne(
  db: Database | undefined,
  resolver: NameResolver | undefined,
  input: { file: string; read: () => Promise<string> },
  userThemes: ReturnType<NameResolver['userThemes']>,
): Promise<PreviewItem> {
  try {
    const text = await input.read();
    resolver?.revalidate(); // the await let other handlers run: a rename there must count here
    let extraction = extract(text, { fileName: basename(input.file), userThemes });
    if (!extraction.body.trim()) throw new AppError('EMPTY_INPUT', `${basename(input.file)} has only boilerplate (links, credits, menus), no article text.`);
    if (resolver) extraction = resolver.resolveExtraction(extraction);
    const existingId = db ? findSummaryByHash(db, contentHash(extraction.body)) : undefined;
    if (existingId) {
      return { file: input.file, status: 'duplicate', existingId, reason: `Already in the library as "${getSummary(db!, existingId).title}".`, extraction };
    }
    return { file: input.file, status: 'new', extraction };
  } catch (error) {
    return { file: input.file, status: 'refused', reason: refusal(input.file, error) };
  }
}

function refusal(file: string, error: unknown): string {
  if (error instanceof AppError) return error.message;
  return `${basename(file)} could not be read: ${errorMessage(error)}.`;
}

/** A tag as the import review sends it back: extracted (maybe accepted or rejected) or added. */
export interface CommitTag {
  kind: EntityKind;
  name: string;
  actorType?: ActorType;
  /** Theme id of the seeded taxonomy, when the tag is one of those themes. */
  themeId?: string;
  confidence?: number;
  evidence?: Array<[number, number]>;
  /** 'suggested' (default, not reviewed), 'accepted' or 'rejected' by the user. */
  decision?: 'suggested' | 'accepted' | 'rejected';
  /** True when the user added the tag (it did not come from extraction). */
  addedByUser?: boolean;
}

export interface CommitItem {
  file: string;
  title: string;
  date?: string | null;
  city?: string | null;
  country?: string | null;
  body: string;
  keyPoints?: string[];
  sourceName?: string | null;
  sourceUrl?: string | null;
  notes?: string;
  tags: CommitTag[];
}

export interface ImportResult {
  file: string;
  status: 'added' | 'duplicate' | 'refused' | 'would-add';
  summaryId?: string;
  title?: string;
  reason?: string;
}

export interface ImportReport {
  /** The `imports` row recording the batch, when it added anything. */
  importId: string | null;
  results: ImportResult[];
  added: number;
  duplicates: number;
  refused: number;
}

export interface ImportItemsOptions {
  onProgress?: (p: Progress) => void;
  /** The batch's name in the import history (default: the first file's name and a count). */
  label?: string;
  /** Items of the same batch refused before this step (at preview), counted in the batch's record. */
  refusedEarlier?: number;
  duplicatesEarlier?: number;
}

/** Summaries written per commit (see importItems). */
const COMMIT_CHUNK = 200;

export function importItems(library: Library, items: readonly CommitItem[], options: ImportItemsOptions = {}): ImportReport {
  const { db } = library;
  const importId = startFileImport(db, options.label ?? batchLabel(items.map((i) => i.file)));
  const results: ImportResult[] = [];
  let resolver = new NameResolver(db);
  // One commit per chunk, not per summary: with synchronous=FULL every commit is an fsync,
  // and FTS5 flushes its pending terms at every savepoint, so per-summary transactions
  // capped imports far below SQLite's insert rate. If any summary of a chunk fails, the
  // chunk is rolled back whole and redone one summary per transaction, so only the bad one
  // is refused.
  for (let start = 0; start < items.length; start += COMMIT_CHUNK) {
    const chunk = items.slice(start, start + COMMIT_CHUNK);
    const report = (i: number) => options.onProgress?.({ done: start + i, total: items.length, label: basename(chunk[i]!.file) });
    try {
      results.push(...db.transaction(() => chunk.map((item, i) => (report(i), writeOne(db, resolver, item, importId))))());
    } catch {
      resolver = new NameResolver(db); // it may remember entities the rollback removed
      for (const [i, item] of chunk.entries()) {
        report(i);
        const result = commitOne(db, resolver, item, importId);
        if (result.status === 'refused') resolver = new NameResolver(db);
        results.push(result);
      }
    }
  }
  options.onProgress?.({ done: items.length, total: items.length, label: '' });
  return report(db, importId, results, options.refusedEarlier ?? 0, options.duplicatesEarlier ?? 0);
}

function commitOne(db: Database, resolver: NameResolver, item: CommitItem, importId: string): ImportResult {
  try {
    return db.transaction(() => writeOne(db, resolver, item, importId))();
  } catch (error) {
    return { file: item.file, status: 'refused', reason: refusal(item.file, error) };
  }
}

/**
 * Writes one summary inside the caller's transaction. Text already in the library is
 * reported as a duplicate before anything is written (so its tags create no entities);
 * anything else that goes wrong throws, and the caller's transaction decides what survives.
 */
function writeOne(db: Database, resolver: NameResolver, item: CommitItem, importId: string): ImportResult {
  const existing = findSummaryByHash(db, contentHash(item.body));
  if (existing) {
    return { file: item.file, status: 'duplicate', summaryId: existing, reason: `Already in the library as "${getSummary(db, existing).title}".` };
  }
  const tags = item.tags.map((t) => toTagInput(resolver, t));
  const result = addSummary(db, {
    title: item.title,
    meetingDate: item.date ?? null,
    city: item.city ?? null,
    country: item.country ?? null,
    body: item.body,
    keyPoints: item.keyPoints ?? [],
    sourceName: item.sourceName ?? (item.file === PASTED_LABEL ? null : basename(item.file)),
    sourceUrl: item.sourceUrl ?? null,
    notes: item.notes ?? '',
    tags,
    originImportId: importId,
  });
  if (result.status === 'duplicate') throw new Error(`Already in the library as ${result.id}.`);
  return { file: item.file, status: 'added', summaryId: result.id, title: item.title };
}

function toTagInput(resolver: NameResolver, t: CommitTag): TagInput {
  const entityId = resolver.ensure({ kind: t.kind, name: t.name, actorType: t.actorType, themeSlug: t.kind === 'theme' ? t.themeId : undefined });
  const name = resolver.resolveId(entityId);
  const decision = t.decision ?? (t.addedByUser ? 'accepted' : 'suggested');
  return {
    kind: t.kind,
    name,
    entityId,
    actorType: t.actorType,
    themeSlug: t.kind === 'theme' ? t.themeId : undefined,
    confidence: t.addedByUser ? 1 : t.confidence,
    evidence: t.evidence,
    source: t.addedByUser ? 'user' : 'extracted',
    status: decision,
  };
}

function report(db: Database, importId: string, results: ImportResult[], refusedEarlier: number, duplicatesEarlier: number): ImportReport {
  const count = (s: ImportResult['status']) => results.filter((r) => r.status === s).length;
  finishFileImport(db, importId, { added: count('added'), duplicates: count('duplicate') + duplicatesEarlier, refused: count('refused') + refusedEarlier });
  return { importId: count('added') > 0 ? importId : null, results, added: count('added'), duplicates: count('duplicate'), refused: count('refused') };
}

function batchLabel(files: string[]): string {
  if (files.length === 0) return 'Files';
  const first = files[0] === PASTED_LABEL ? PASTED_LABEL : basename(files[0]!);
  return files.length === 1 ? first : `${first} and ${files.length - 1} more`;
}

/** An extraction as a commit item, tags undecided: what an import without review stores. */
export function commitItemOf(file: string, e: Extraction): CommitItem {
  return {
    file,
    title: e.title,
    date: e.date,
    city: e.location?.city ?? null,
    country: e.location?.country ?? null,
    body: e.body,
    keyPoints: e.keyPoints,
    tags: extractionTags(e).map((t) => ({
      kind: t.kind,
      name: t.name,
      actorType: t.actorType,
      themeId: t.themeSlug,
      confidence: t.confidence,
      evidence: t.evidence,
    })),
  };
}

/**
 * Files and folders straight into the library (the CLI's `import`): preview, then store the
 * new items. With dryRun nothing is written and new items are reported as 'would-add'.
 */
export async function importPaths(
  library: Library,
  paths: readonly string[],
  options: { dryRun?: boolean; onProgress?: (p: Progress) => void } = {},
): Promise<ImportReport> {
  const preview = await previewImport(library.db, { paths: [...paths] }, { onProgress: options.onProgress });
  const fresh = preview.filter((p) => p.status === 'new');
  const committed = options.dryRun
    ? undefined
    : importItems(library, fresh.map((p) => commitItemOf(p.file, p.extraction!)), {
        label: batchLabel([...paths]),
        refusedEarlier: preview.filter((p) => p.status === 'refused').length,
        duplicatesEarlier: preview.filter((p) => p.status === 'duplicate').length,
      });
  const byFile = new Map((committed?.results ?? []).map((r) => [r.file, r]));
  const results = preview.map((p): ImportResult => {
    if (p.status === 'refused') return { file: p.file, status: 'refused', reason: p.reason };
    if (p.status === 'duplicate') return { file: p.file, status: 'duplicate', summaryId: p.existingId, reason: p.reason };
    return byFile.get(p.file) ?? { file: p.file, status: 'would-add', title: p.extraction!.title };
  });
  const count = (s: ImportResult['status']) => results.filter((r) => r.status === s).length;
  return { importId: committed?.importId ?? null, results, added: count('added'), duplicates: count('duplicate'), refused: count('refused') };
}
