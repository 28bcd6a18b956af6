import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/contracts/api';

export interface MenuActions {
  /** Forwards a command to the renderer as a 'menu:command' event. */
  send(command: MenuCommand): void;
  openLibrary(): void;
  about(): void;
  openLogsFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Development builds get Reload and DevTools; packaged builds do not. */
  developer: boolean;
}

/**
 * The application menu as plain data (Menu.buildFromTemplate turns it into a menu), so
 * its items, shortcuts and actions are unit-tested without Electron.
 */
export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(name),
  });
  const about: MenuItemConstructorOptions = { label: `About ${options.appName}`, click: () => actions.about() };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New book', 'new-book', 'CmdOrCtrl+N'),
      command('Import files...', 'import-files', 'CmdOrCtrl+O'),
      command('Import shared library...', 'import-bundle', 'CmdOrCtrl+Shift+O'),
      command('Export...', 'export', 'CmdOrCtrl+E'),
      { type: 'separator' },
      { label: 'Open library...', accelerator: 'CmdOrCtrl+Shift+L', click: () => actions.openLibrary() },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(options.developer ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [...(mac ? [] : [about]), { label: 'Open logs folder', click: () => actions.openLogsFolder() }],
  };
  if (!mac) return [file, edit, view, help];
  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
  };
  return [appMenu, file, edit, view, { role: 'windowMenu' }, help];
}
