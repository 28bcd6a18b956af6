import { dialog, shell, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { AppError } from '../errors';
import type { Dialogs } from '../ipc/registry';

/** The OS file dialogs and file manager, attached to the app window (modal on macOS). */
export function nativeDialogs(window: () => BrowserWindow | undefined): Dialogs {
  const filters = (extensions: string[]) =>
    extensions.length === 0 || extensions.includes('*') ? [] : [{ name: extensions.map((e) => e.toUpperCase()).join(', '), extensions }];
  return {
    async save({ title, suggestedName, extensions }) {
      const options = { title, defaultPath: suggestedName, filters: filters(extensions), properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'> };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    async open({ title, extensions, multiple, directories }) {
      const properties: Array<'openFile' | 'openDirectory' | 'multiSelections'> = [directories ? 'openDirectory' : 'openFile'];
      if (multiple) properties.push('multiSelections');
      const options = { title, filters: directories ? [] : filters(extensions), properties };
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async reveal(path, action) {
      if (!existsSync(path)) throw new AppError('FILE_NOT_FOUND', `${path} no longer exists.`);
      if (action === 'show') return shell.showItemInFolder(path);
      // openPath hands a local file to its default app; it never takes a URL (no openExternal).
      const failure = await shell.openPath(path);
      if (failure) throw new AppError('INTERNAL', `Could not open ${path}: ${failure}`);
    },
  };
}
