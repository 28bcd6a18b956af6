import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { AppError } from '../../errors';
import { BUNDLE_EXTENSION } from '../../share/bundle-format';
import { listImports } from '../../share/bundles';
import { describeScope } from '../../share/bundle-scope';
import { runWriteJob } from '../../writer/run-write-job';
import type { Progress } from '../../../common/primitives';
import { shareContract } from '../contracts/share';
import type { HandlerContext } from '../registry';
import type { Handlers } from '../registry';

function progress(ctx: HandlerContext, operationId: string | undefined) {
  const id = operationId ?? randomUUID();
  return (p: Progress) => ctx.emit('bundle:progress', { ...p, operationId: id });
}

function suggestedName(scopeLabel: string): string {
  const date = new Date().toISOString().slice(0, 10);
  const slug = scopeLabel.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'library';
  return `briefing-${slug}-${date}.${BUNDLE_EXTENSION}`;
}

/**
 * The share handlers of one app session. inspect and import read only files the user chose in
 * this session's Open dialog (pickBundle, shown by the main process): a renderer, compromised
 * or not, cannot make the app open any other path it names.
 */
export function createShareHandlers(): Handlers<typeof shareContract.methods> {
  const picked = new Set<string>();
  const chosen = (path: string): string => {
    const full = resolve(path);
    if (!picked.has(full)) {
      throw new AppError('INVALID_REQUEST', `${basename(path).slice(0, 100)} was not chosen in the Open dialog of this session; choose it with Import shared library first.`);
    }
    return full;
  };
  // Export, the merge (a dry run for inspect) and the undo run in the library writer: seconds for a large bundle.
  return {
    export: async ({ scope, operationId, sharedBy }, ctx) => {
      const path = await ctx.dialogs.save({
        title: 'Export a shared library',
        suggestedName: suggestedName(describeScope(scope)),
        extensions: [BUNDLE_EXTENSION],
      });
      if (!path) return { cancelled: true };
      const request = { scope, outPath: path, exportedBy: sharedBy ?? ctx.userName, appVersion: ctx.appVersion };
      const result = await runWriteJob(ctx.library, 'export-bundle', request, progress(ctx, operationId));
      return { cancelled: false, path: result.path, bytes: result.bytes, manifest: result.manifest };
    },
    pickBundle: async (_req, ctx) => {
      const [path] = await ctx.dialogs.open({ title: 'Open a shared library', extensions: [BUNDLE_EXTENSION], multiple: false });
      if (path) picked.add(resolve(path));
      return path ? { path } : null;
    },
    inspect: ({ path, policy }, ctx) => runWriteJob(ctx.library, 'inspect-bundle', { path: chosen(path), policy }),
    import: async ({ path, policy, operationId }, ctx) => {
      const result = await runWriteJob(ctx.library, 'import-bundle', { path: chosen(path), policy }, progress(ctx, operationId));
      if (result.importId) ctx.emit('library:changed', { reason: 'bundle-import' });
      return result;
    },
    undo: async ({ importId, force }, ctx) => {
      const report = await runWriteJob(ctx.library, 'undo-import', { importId, force });
      ctx.emit('library:changed', { reason: 'bundle-undo' });
      return report;
    },
    history: (req, ctx) => listImports(ctx.library.db, req?.limit),
  };
}
