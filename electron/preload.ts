/**
 * The renderer's only door: `window.briefing`, built from the IPC contracts. It exposes
 * named functions (one per contract method) and typed event subscriptions, never
 * ipcRenderer, Node or a generic "invoke any channel". Runs sandboxed, so it may only
 * import 'electron' and bundled code.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CONTRACTS, type BriefingApi } from './ipc/contracts/api';
import { contractsApi, eventChannel } from './ipc/contracts/api';
import { EVENT_NAMES, type EventName, type EventPayload } from './ipc/contracts/api';
import type { Result } from './ipc/contracts/api';

const invoke = (channel: string, request: unknown) => ipcRenderer.invoke(channel, request) as Promise<Result<unknown>>;

function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event "${String(event)}".`);
  const channel = eventChannel(event);
  // The renderer's listener never sees the IpcRendererEvent (it holds `sender`).
  const forward = (_event: IpcRendererEvent, payload: EventPayload<E>) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = { ...contractsApi(CONTRACTS, invoke), on } satisfies BriefingApi;

contextBridge.exposeInMainWorld('briefing', api);
