import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../electron/ipc/contracts/api';
import { buildMenuTemplate, type MenuActions } from '../../electron/shell/menu-template';

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    send: (command: MenuCommand) => calls.push(`send:${command}`),
    openLibrary: () => calls.push('openLibrary'),
    about: () => calls.push('about'),
    openLogsFolder: () => calls.push('openLogsFolder'),
  };
  return { calls, actions };
}

const submenu = (menu: MenuItemConstructorOptions[], label: string) =>
  (menu.find((m) => m.label?.replace('&', '') === label)?.submenu ?? []) as MenuItemConstructorOptions[];
const item = (items: MenuItemConstructorOptions[], label: string) => items.find((i) => i.label === label);
const click = (entry: MenuItemConstructorOptions | undefined) =>
  (entry?.click as unknown as (() => void) | undefined)?.();

describe('application menu', () => {
  it('has File, Edit, View, Help on Windows and Linux, with the File commands wired to the renderer', () => {
    const { calls, actions } = recorder();
    const menu = buildMenuTemplate({ platform: 'linux', appName: 'Briefing Book Builder', developer: false }, actions);
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = submenu(menu, 'File');
    expect(file.filter((i) => i.label).map((i) => [i.label, i.accelerator])).toEqual([
      ['New book', 'CmdOrCtrl+N'],
      ['Import files...', 'CmdOrCtrl+O'],
      ['Import shared library...', 'CmdOrCtrl+Shift+O'],
      ['Export...', 'CmdOrCtrl+E'],
      ['Open library...', 'CmdOrCtrl+Shift+L'],
      ['Quit', 'CmdOrCtrl+Q'],
    ]);
    for (const label of ['New book', 'Import files...', 'Import shared library...', 'Export...', 'Open library...']) click(item(file, label));
    const help = submenu(menu, 'Help');
    click(item(help, 'About Briefing Book Builder'));
    click(item(help, 'Open logs folder'));
    expect(calls).toEqual(['send:new-book', 'send:import-files', 'send:import-bundle', 'send:export', 'openLibrary', 'about', 'openLogsFolder']);
    expect(item(file, 'Quit')?.role).toBe('quit');
  });

  it('uses standard roles for editing and keeps DevTools out of packaged builds', () => {
    const { actions } = recorder();
    const packaged = buildMenuTemplate({ platform: 'win32', appName: 'B', developer: false }, actions);
    expect(submenu(packaged, 'Edit').map((i) => i.role ?? i.type)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(packaged, 'View').map((i) => i.role)).not.toContain('toggleDevTools');
    const dev = buildMenuTemplate({ platform: 'win32', appName: 'B', developer: true }, actions);
    expect(submenu(dev, 'View').map((i) => i.role)).toContain('toggleDevTools');
  });

  it('follows macOS conventions: an app menu with About and Quit, and a Window menu', () => {
    const { calls, actions } = recorder();
    const menu = buildMenuTemplate({ platform: 'darwin', appName: 'Briefing Book Builder', developer: false }, actions);
    expect(menu[0]!.label).toBe('Briefing Book Builder');
    const appMenu = menu[0]!.submenu as MenuItemConstructorOptions[];
    expect(appMenu.map((i) => i.role).filter(Boolean)).toContain('quit');
    click(item(appMenu, 'About Briefing Book Builder'));
    expect(calls).toEqual(['about']);
    expect(submenu(menu, 'File').some((i) => i.role === 'quit')).toBe(false);
    expect(menu.some((m) => m.role === 'windowMenu')).toBe(true);
  });
});
