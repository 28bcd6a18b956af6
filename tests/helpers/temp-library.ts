import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, type Library } from '../../electron/library/open-library';

/** A fresh folder under the OS temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'bbb-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real library file in a fresh temp folder. */
export async function tempLibrary(): Promise<{ library: Library; dir: string; cleanup: () => void }> {
  const { dir, cleanup } = tempDir();
  const library = await openLibrary(join(dir, 'library.sqlite'));
  return {
    library,
    dir,
    cleanup: () => {
      library.close();
      cleanup();
    },
  };
}
