import { basename, dirname, resolve } from 'node:path';
import type { Progress } from '../../../common/primitives';
import { AppError } from '../../errors';
import { previewImport } from '../../ingest/import-service';
import { ImportReview } from '../../ingest/write/review';
import { SUPPORTED_EXTENSIONS } from '../../ingest/read/read-document';
import { ingestContract, type IngestPreviewItem } from '../contracts/ingest';
import type { HandlerContext } from '../registry';
import type { Handlers } from '../registry';
import { runWriteJob } from '../../writer/run-write-job';

function progress(ctx: HandlerContext, operationId: string | undefined) {
  return operationId ? (p: Progress) => ctx.emit('import:progress', { ...p, operationId }) : undefined;
}

/**
 * The ingest handlers of one app session. preview reads only paths the user chose in this
 * session's Open dialog (pickFiles) or below a folder chosen there: a renderer, compromised or
 * not, cannot make the app read a file or walk a folder it names. Dropped files come as bytes.
 */
export function createIngestHandlers(): Handlers<typeof ingestContract.methods> {
  const ingestHandlers = handlersOver(new ImportReview());
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

/** The handlers over one session's review: previewed items wait in it for their commit. */
const handlersOver = (review: ImportReview): Handlers<typeof ingestContract.methods> => ({
  preview: async ({ paths, text, files, operationId }, ctx) => {
    const items = await previewImport(
      ctx.library.db,
      { paths, text, files: files?.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })) },
      { onProgress: progress(ctx, operationId) },
    );
    return items.map((item): IngestPreviewItem => {
      // The resolved entity ids stay here with the held item: the renderer has no use for them.
      const { resolved: _heldForCommit, ...shown } = item;
      return { key: review.hold(item), ...shown };
    });
  },
  commit: async ({ items, operationId }, ctx) => {
    const commits = review.commitItems(items);
    // Stored in the writer worker: a batch of thousands takes seconds.
    const report = await runWriteJob(ctx.library, 'commit-items', { items: commits }, progress(ctx, operationId));
    review.release(items.map((edit) => edit.key));
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
});
