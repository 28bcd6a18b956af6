import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../electron/share/read/read-bundle-in-worker';
import { tempDir } from '../helpers/temp-library';
import { buildShareEntryPoints } from './helpers/build-worker';

describe('a bundle path that is not a regular file', () => {
  const tmp = tempDir('bbb-share-notfile-');
  beforeAll(async () => {
    await buildShareEntryPoints();
  });
  afterAll(() => tmp.cleanup());

  it('refuses a named pipe at once, instead of waiting for a writer until the worker times out', async () => {
    const fifo = join(tmp.dir, 'pipe.bblib');
    execFileSync('mkfifo', [fifo]);
    await expect(readBundle(fifo, { timeoutMs: 20_000 })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/pipe\.bblib is not a regular file/) });
  });

  it('refuses a folder in words (it was an internal error, EISDIR)', async () => {
    const folder = join(tmp.dir, 'folder.bblib');
    mkdirSync(folder);
    await expect(readBundle(folder)).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/folder\.bblib is a folder, not a bundle/) });
  });
});
