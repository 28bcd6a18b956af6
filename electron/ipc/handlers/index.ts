import { booksContract } from '../contracts/books';
import { ingestContract } from '../contracts/ingest';
import { libraryContract } from '../contracts/library';
import { samplesContract } from '../contracts/samples';
import { shareContract } from '../contracts/share';
import { systemContract } from '../contracts/system';
import { IpcRegistry } from '../registry';
import { booksHandlers } from './books';
import { createIngestHandlers } from './ingest';
import { libraryHandlers } from './library';
import { samplesHandlers } from './samples';
import { createShareHandlers } from './share';
import { systemHandlers } from './system';

/** The registry with every domain's handlers: what the Electron shell, the bridge and tests serve. */
export function createRegistry(log?: (message: string, error: unknown) => void): IpcRegistry {
  return new IpcRegistry(log).register(libraryContract, libraryHandlers).register(booksContract, booksHandlers).register(shareContract, createShareHandlers())
    .register(systemContract, systemHandlers)
    .register(ingestContract, createIngestHandlers())
    .register(samplesContract, samplesHandlers);
}
