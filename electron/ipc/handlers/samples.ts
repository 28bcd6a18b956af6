import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../errors';
import type { samplesContract } from '../contracts/samples';
import type { Handlers } from '../registry';
import { runWriteJob } from '../../writer/run-write-job';

/** resources/samples beside the bundle (dist/), in the packaged app, or up from the working folder. */
function samplesDir(): string {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const roots = [process.env.BRIEFING_RESOURCES, join(here, '..', 'resources'), join(here, '..', '..', 'resources'), join(here, '..', '..', '..', 'resources')];
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) roots.push(join(resourcesPath, 'resources'), resourcesPath);
  for (let dir = process.cwd(), i = 0; i < 6; i++, dir = dirname(dir)) roots.push(join(dir, 'resources'));
  for (const root of roots) {
    if (!root) continue;
    const dir = resolve(root, 'samples');
    if (existsSync(dir)) return dir;
  }
  throw new AppError('FILE_NOT_FOUND', 'The sample library (resources/samples) is missing from this installation. Reinstall the app to get it back.');
}

export const samplesHandlers: Handlers<typeof samplesContract.methods> = {
  load: async (request, ctx) => {
    const dir = samplesDir();
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(dir, name));
    if (files.length === 0) throw new AppError('FILE_NOT_FOUND', `The sample folder ${dir} holds no .txt articles.`);
    const operationId = request?.operationId;
    // Read, extracted and stored in the library writer: the main thread stays free meanwhile.
    const report = await runWriteJob(ctx.library, 'import-paths', { paths: files }, (p) => {
      if (operationId) ctx.emit('import:progress', { ...p, operationId });
    });
    if (report.added > 0) ctx.emit('library:changed', { reason: 'samples' });
    return report;
  },
};
