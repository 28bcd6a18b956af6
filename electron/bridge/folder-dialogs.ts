import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Dialogs } from '../ipc/registry';

/**
 * The bridge's stand-in for the OS file dialogs, the only part of the app that differs
 * under test. With a dialog folder DIR:
 * - save returns DIR/<suggested name> (the handler then writes there);
 * - open returns the entries of DIR/open/ (files, or folders when asked for folders),
 *   filtered by the requested extensions, sorted by name; the first only unless `multiple`.
 * Without a folder every dialog behaves as if the user cancelled.
 */
export function folderDialogs(dir: string | undefined, log: (line: string) => void = () => {}): Dialogs & {
  revealed: Array<{ path: string; action: 'open' | 'show' }>;
} {
  const revealed: Array<{ path: string; action: 'open' | 'show' }> = [];
  return {
    revealed,
    async save({ suggestedName }) {
      if (!dir) return undefined;
      mkdirSync(dir, { recursive: true });
      return join(dir, basename(suggestedName));
    },
    async open({ extensions, multiple, directories }) {
      if (!dir) return [];
      const openDir = join(dir, 'open');
      let names: string[];
      try {
        names = readdirSync(openDir).sort();
      } catch {
        return [];
      }
      const wanted = extensions.map((e) => e.replace(/^\./, '').toLowerCase()).filter((e) => e !== '*');
      const chosen = names
        .map((name) => join(openDir, name))
        .filter((path) => (directories ? statSync(path).isDirectory() : statSync(path).isFile()))
        .filter((path) => directories || wanted.length === 0 || wanted.includes(extname(path).slice(1).toLowerCase()));
      return multiple ? chosen : chosen.slice(0, 1);
    },
    async reveal(path, action) {
      revealed.push({ path, action });
      log(`dialog stand-in: would ${action === 'open' ? 'open' : 'show'} ${path}`);
    },
  };
}
