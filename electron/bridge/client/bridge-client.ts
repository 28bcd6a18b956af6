/**
 * Browser side of the test bridge: installs `window.briefing` (the same BriefingApi the
 * Electron preload exposes) over fetch, with server-sent events for progress. The bridge
 * injects this script into index.html before the app's script; it is never part of the
 * renderer bundle or the packaged app.
 */
import { CONTRACTS, type BriefingApi } from '../../ipc/contracts/api';
import { contractsApi } from '../../ipc/contracts/api';
import { EVENT_NAMES, type EventName, type EventPayload } from '../../ipc/contracts/api';
import type { Result } from '../../ipc/contracts/api';

async function invoke(channel: string, request: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ request }),
    });
  } catch (error) {
    return { ok: false, error: { code: 'INTERNAL', message: `The test bridge is not reachable (${String(error)}).` } };
  }
  if (!response.ok) {
    return { ok: false, error: { code: 'INTERNAL', message: `The test bridge answered HTTP ${response.status}.` } };
  }
  return (await response.json()) as Result<unknown>;
}

let source: EventSource | undefined;

function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event "${String(event)}".`);
  source ??= new EventSource('/events', { withCredentials: true });
  const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as EventPayload<E>);
  source.addEventListener(event, handler as EventListener);
  return () => source?.removeEventListener(event, handler as EventListener);
}

const api = { ...contractsApi(CONTRACTS, invoke), on } satisfies BriefingApi;

Object.defineProperty(window, 'briefing', { value: Object.freeze(api), enumerable: true });
