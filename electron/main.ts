/**
 * The Electron main process: lifecycle, the one window, the menu and the wiring of the
 * IPC registry. Policy lives in electron/shell/* (pure, unit-tested); domain logic in the
 * Electron-free modules the CLI and the test bridge share.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { AppError, errorMessage } from './errors';
import type { HandlerContext, IpcRegistry } from './ipc/registry';
import { eventChannel, fail } from './ipc/contracts/api';
import { createRegistry } from './ipc/handlers';
import { LIBRARY_FILE_NAME, openLibrary, PRODUCT_NAME, userDataDir } from './library/open-library';
import { resolveNativeBinding } from './library/native-binding';
import { declareAppScheme, serveRenderer } from './shell/app-protocol';
import { nativeDialogs } from './shell/dialogs';
import { createLogger } from './shell/logging';
import { createMainWindow } from './shell/main-window';
import { buildMenuTemplate } from './shell/menu-template';
import { hardenSession, hardenWebContents } from './shell/secure-session';
import { isTrustedSender } from './shell/web-policies';
import { chooseLibraryPath, CurrentLibrary, loadSettings, saveSettings } from './shell/current-library';

// The same folder the CLI uses (library/open-library.ts defaultLibraryPath); BRIEFING_USER_DATA isolates tests.
const userData = process.env.BRIEFING_USER_DATA || userDataDir();
app.setPath('userData', userData);
app.setAppLogsPath(join(userData, 'logs'));
const logger = createLogger(join(userData, 'logs'));
// Packaged: fonts, gazetteers and samples are extraResources in <resources>/resources
// (electron-builder.json); modules that read them honour BRIEFING_RESOURCES.
if (app.isPackaged && !process.env.BRIEFING_RESOURCES) process.env.BRIEFING_RESOURCES = join(process.resourcesPath, 'resources');
const settingsFile = join(userData, 'settings.json');
let window: BrowserWindow | undefined;

function reportFatal(title: string, error: unknown): void {
  logger.error(title, error);
  const message = error instanceof AppError ? error.message : `${errorMessage(error)}\n\nDetails are in ${logger.file}`;
  dialog.showErrorBox(`${PRODUCT_NAME}: ${title}`, message);
}

process.on('uncaughtException', (error) => reportFatal('Unexpected error', error));
process.on('unhandledRejection', (reason) => reportFatal('Unexpected error', reason));

declareAppScheme();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, logger.info));

const library = new CurrentLibrary(async (path) => {
  const nativeBinding = resolveNativeBinding({ appRoot: app.getAppPath(), resourcesPath: process.resourcesPath });
  if (nativeBinding && !existsSync(nativeBinding)) {
    throw new AppError('FILE_NOT_FOUND', `The SQLite module built for Electron is missing (${nativeBinding}). Start the app with "npm start", which builds it.`);
  }
  // The bundle reader's worker thread and the bundle databases open SQLite too: point them
  // at the same Electron-ABI build (library/native-binding.ts sqliteOptions reads this variable).
  if (nativeBinding) process.env.BRIEFING_SQLITE_BINDING = nativeBinding;
  // An upgrade's indexing is logged; when a window is up (a library opened from the menu),
  // its taskbar entry shows the progress.
  return openLibrary(path, {
    nativeBinding,
    onUpgradeProgress: (p) => {
      if (p.done === 0 || p.done === p.total) logger.info(`${p.label}: ${p.done}/${p.total}`);
      window?.setProgressBar(p.done >= p.total ? -1 : p.done / p.total);
    },
  });
});

const emit: HandlerContext['emit'] = (event, payload) => window?.webContents.send(eventChannel(event), payload);
const context: HandlerContext = {
  get library() {
    return library.library;
  },
  dialogs: nativeDialogs(() => window),
  emit,
  userName: userInfo().username,
  appVersion: app.getVersion(),
};

async function chooseAnotherLibrary(): Promise<void> {
  const [path] = await context.dialogs.open({ title: 'Open library', extensions: ['sqlite', 'db'], multiple: false });
  if (!path) return;
  try {
    const opened = await library.switchTo(path);
    saveSettings(settingsFile, { ...loadSettings(settingsFile), libraryPath: opened.path });
    window?.setTitle(`${PRODUCT_NAME} (${opened.path})`);
    emit('library:changed', { reason: 'open-library' });
  } catch (error) {
    reportFatal('Cannot open that library', error);
  }
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: `About ${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} ${app.getVersion()}`,
    detail: `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}\nLibrary: ${library.isOpen ? library.library.path : 'none'}\nLogs: ${logger.file}`,
  });
}

async function start(): Promise<void> {
  logger.info(`starting ${PRODUCT_NAME} ${app.getVersion()} (Electron ${process.versions.electron})`);
  hardenSession(session.defaultSession, logger.info);
  serveRenderer(join(__dirname, '..', 'renderer'));
  await library.openFirst(chooseLibraryPath(process.env, loadSettings(settingsFile), join(userData, LIBRARY_FILE_NAME)));
  serveIpc({
    registry: createRegistry((message, error) => logger.error(message, error)),
    context,
    appWebContentsId: () => window?.webContents.id,
    log: logger.info,
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        { platform: process.platform, appName: PRODUCT_NAME, developer: !app.isPackaged },
        {
          send: (command) => emit('menu:command', { command }),
          openLibrary: () => void chooseAnotherLibrary(),
          about: showAbout,
          openLogsFolder: () => void shell.openPath(join(userData, 'logs')),
        },
      ),
    ),
  );
  const icon = join(app.getAppPath(), 'resources', 'icons', 'icon.png');
  window = createMainWindow({
    preload: join(__dirname, 'preload.cjs'),
    stateFile: join(userData, 'window-state.json'),
    title: PRODUCT_NAME,
    icon: existsSync(icon) ? icon : undefined,
  });
  window.on('closed', () => (window = undefined));
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the library; it focuses its window (second-instance below).
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // One window owns the library: closing it ends the app on every platform.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    library.close();
    logger.info('library closed, quitting');
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // A library that cannot be opened, a missing native module...: say so, then stop.
      reportFatal('Cannot start', error);
      app.exit(1);
    });
}

/**
 * Serves every registry channel over ipcMain.handle, to the app window's own top frame
 * only. Requests are validated by the registry (zod) after the sender check.
 */
export function serveIpc(options: {
  registry: IpcRegistry;
  context: HandlerContext;
  appWebContentsId: () => number | undefined;
  log: (line: string) => void;
}): void {
  for (const channel of options.registry.channels()) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event, options.appWebContentsId())) {
        options.log(`refused IPC ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return fail('INVALID_REQUEST', 'Refused: this request did not come from the app window.');
      }
      return options.registry.invoke(channel, payload, options.context);
    });
  }
}
