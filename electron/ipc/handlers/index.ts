import { existsSync, statSync } from 'node:fs';
import { extname, isAbsolute } from 'node:path';
import { AppError } from '../../errors';
import { booksContract } from '../contracts/books';
import { ingestContract } from '../contracts/ingest';
import { libraryContract } from '../contracts/library';
import { samplesContract } from '../contracts/samples';
import { shareContract } from '../contracts/share';
import { systemContract } from '../contracts/system';
import { IpcRegistry, type Handlers } from '../registry';
import { booksHandlers } from './books';
import { createIngestHandlers } from './ingest';
import { libraryHandlers } from './library';
import { samplesHandlers } from './samples';
import { createShareHandlers } from './share';

/** The registry with every domain's handlers: what the Electron shell, the bridge and tests serve. */
export function createRegistry(log?: (message: string, error: unknown) => void): IpcRegistry {
  return new IpcRegistry(log).register(libraryContract, libraryHandlers).register(booksContract, booksHandlers).register(shareContract, createShareHandlers())
    .register(systemContract, systemHandlers)
    .register(ingestContract, createIngestHandlers())
    .register(samplesContract, samplesHandlers);
}

/**
 * Only files of the kinds this app writes may be opened or shown: the renderer must not be
 * able to make the OS launch an arbitrary program by its path.
 */
const OPENABLE = new Set(['.pdf']);
const REVEALABLE = new Set(['.pdf', '.bblib']);

export const systemHandlers: Handlers<typeof systemContract.methods> = {
  reveal: async ({ path, action }, { dialogs }) => {
    const ext = extname(path).toLowerCase();
    const allowed = action === 'open' ? OPENABLE : REVEALABLE;
    if (!isAbsolute(path) || !allowed.has(ext)) {
      throw new AppError('INVALID_REQUEST', `Only exported PDFs${action === 'show' ? ' and shared libraries' : ''} can be ${action === 'open' ? 'opened' : 'shown'} from the app (${path}).`);
    }
    if (!existsSync(path) || !statSync(path).isFile()) {
      throw new AppError('NOT_FOUND', `The file ${path} is no longer there. It may have been moved or deleted.`);
    }
    await dialogs.reveal(path, action);
    return { path };
  },
};
