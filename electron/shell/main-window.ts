import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './web-policies';
import { fitToDisplays, loadWindowState, MIN_SIZE, saveWindowState } from './window-state';

/**
 * The app's one window. Its webPreferences are the hardened set of the Electron security
 * checklist, written out in full here so a reader (and electronegativity) sees them at once.
 */
export function createMainWindow(options: { preload: string; stateFile: string; title: string; icon?: string }): BrowserWindow {
  const state = fitToDisplays(
    loadWindowState(options.stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    title: options.title,
    icon: options.icon,
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveWindowState(options.stateFile, { ...bounds, maximized: window.isMaximized() });
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
