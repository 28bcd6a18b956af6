import { isAppUrl } from './app-origin';

/** The parts of Electron's IpcMainInvokeEvent the check needs (structural, so tests need no Electron). */
export interface IpcSender {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null | undefined;
}

/**
 * IPC is served only to the app's own top-level page in the app's own window (Electron
 * security checklist item 17). A frame that navigated elsewhere, a subframe, another
 * window's webContents, or a frame already destroyed (senderFrame null) is refused.
 */
export function isTrustedSender(event: IpcSender, appWebContentsId: number | undefined): boolean {
  if (appWebContentsId === undefined || event.sender.id !== appWebContentsId) return false;
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
