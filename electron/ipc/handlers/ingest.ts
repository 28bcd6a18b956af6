import { basename, dirname, resolve } from 'node:path';
import { AppError } from '../../errors';
import { commitItemOf, importItems, previewImport, type CommitItem, type CommitTag } from '../../ingest/import-service';
import { PreviewCache } from '../../ingest/preview-cache';
import { SUPPORTED_EXTENSIONS } from '../../ingest/read/read-document';
import { ingestContract, type IngestPreviewItem } from '../contracts/ingest';
import type { HandlerContext } from '../context';
import type { Handlers } from '../registry';

const cache = new PreviewCache();

function progress(ctx: HandlerContext, operationId: string | undefined) {
  return operationId ? (p: { done: number; total: number; label: string }) => ctx.emit('import:progress', { operationId, ...p }) : undefined;
}

/**
 * The ingest handlers of one app session. preview reads only paths the user chose in this
 * session's Open dialog (pickFiles) or below a folder chosen there: a renderer, compromised or
 * not, cannot make the app read a file or walk a folder it names. Dropped files come as bytes.
 */
export function createIngestHandlers(): Handlers<typeof ingestContract.methods> {
  const picked = new Set<string>();
  const chosen = (path: string): string => {
    const full = resolve(path);
    for (let at = full; ; at = dirname(at)) {
      if (picked.has(at)) return full;
      if (dirname(at) === at) break;
    }
    throw new AppError('INVALID_REQUEST', `${basename(path).slice(0, 100)} was not chosen in the Open dialog of this session; choose it with Import first.`);
  };
  return {
    ...ingestHandlers,
    preview: (request, ctx) => ingestHandlers.preview({ ...request, paths: request.paths?.map(chosen) }, ctx),
    pickFiles: async (request, ctx) => {
      const paths = await ingestHandlers.pickFiles(request, ctx);
      for (const p of paths) picked.add(resolve(p));
      return paths;
    },
  };
}

const ingestHandlers: Handlers<typeof ingestContract.methods> = {
  preview: async ({ paths, text, files, operationId }, ctx) => {
    const items = await previewImport(
      ctx.library.db,
      { paths, text, files: files?.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })) },
      { onProgress: progress(ctx, operationId) },
    );
    return items.map((item): IngestPreviewItem => ({ key: cache.put(item), ...item }));
  },
  commit: ({ items, operationId }, ctx) => {
    const commits: CommitItem[] = items.map((edit) => {
      const previewed = cache.get(edit.key);
      if (!previewed?.extraction) {
        throw new AppError('NOT_FOUND', 'This import preview has expired or was refused; preview the files again.');
      }
      const base = commitItemOf(previewed.file, previewed.extraction);
      const date = edit.date !== undefined ? edit.date : base.date;
      const city = edit.city !== undefined ? edit.city : base.city;
      const country = edit.country !== undefined ? edit.country : base.country;
      const title = edit.title ?? base.title;
      return {
        ...base,
        title,
        // Extraction's reasons describe its own values: a value the user changed has none.
        titleGenerated: base.titleGenerated && title === base.title,
        date,
        dateEvidence: date === base.date ? base.dateEvidence : null,
        city,
        country,
        placeEvidence: city === base.city && country === base.country ? base.placeEvidence : null,
        keyPoints: edit.keyPoints ?? base.keyPoints,
        notes: edit.notes,
        sourceName: edit.sourceName !== undefined ? edit.sourceName : base.sourceName,
        sourceUrl: edit.sourceUrl !== undefined ? edit.sourceUrl : base.sourceUrl,
        tags: edit.tags ? mergeDecisions(base.tags, edit.tags) : base.tags,
      };
    });
    const report = importItems(ctx.library, commits, { onProgress: progress(ctx, operationId) });
    for (const edit of items) cache.delete(edit.key);
    if (report.added > 0) ctx.emit('library:changed', { reason: 'import' });
    return report;
  },
  pickFiles: async (request, { dialogs }) => {
    const folders = request?.folders ?? false;
    return dialogs.open({
      title: folders ? 'Import a folder of articles' : 'Import articles',
      extensions: SUPPORTED_EXTENSIONS.map((e) => e.slice(1)),
      multiple: true,
      directories: folders,
    });
  },
};

/** The user's tag list, with each extracted tag's confidence and evidence carried over. */
function mergeDecisions(extracted: CommitTag[], edited: CommitTag[]): CommitTag[] {
  const key = (t: { kind: string; name: string }) => `${t.kind}\u001f${t.name.toLowerCase()}`;
  const byKey = new Map(extracted.map((t) => [key(t), t]));
  // The user's choice of primary forum, when they made one, replaces extraction's.
  const chosePrimary = edited.some((t) => t.isPrimary !== undefined);
  return edited.map((t) => {
    const original = byKey.get(key(t));
    const isPrimary = chosePrimary ? t.isPrimary === true : original?.isPrimary;
    if (!original || t.addedByUser) return { ...t, addedByUser: t.addedByUser ?? !original, isPrimary };
    return { ...original, decision: t.decision ?? original.decision, isPrimary };
  });
}
