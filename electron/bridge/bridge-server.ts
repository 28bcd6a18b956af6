import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerContext } from '../ipc/registry';
import { MENU_COMMANDS, type MenuCommand } from '../ipc/contracts/api';
import type { IpcRegistry } from '../ipc/registry';
import { contentSecurityPolicy } from '../shell/csp';
import { prepareIndexHtml } from '../shell/html-injection';
import { EventStream } from './event-stream';
import { checkRequest, tokenCookie } from './request-guard';
import { contentTypeOf, readStaticFile, resolveStaticPath } from '../shell/static-files';

export const CLIENT_SCRIPT_PATH = '/__bridge/client.js';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface BridgeOptions {
  registry: IpcRegistry;
  /** Builds the handler context; `emit` sends server-sent events to the page. */
  context: (emit: HandlerContext['emit']) => HandlerContext;
  rendererDir: string;
  /** The browser script that installs window.briefing (dist/bridge-client.js). */
  clientScript: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  log?: (line: string) => void;
}

export interface RunningBridge {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly events: EventStream;
  close(): Promise<void>;
}

/** What the request handlers of one running bridge share. */
interface Bridge {
  readonly options: BridgeOptions;
  readonly token: string;
  readonly events: EventStream;
  readonly context: HandlerContext;
  readonly log: (line: string) => void;
  /** Known once the server listens (requests only arrive after that). */
  port: number;
}

/** The test bridge: the built renderer and the app's IPC handlers over loopback HTTP. */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const log = options.log ?? (() => {});
  const events = new EventStream();
  const bridge: Bridge = { options, token, events, log, context: options.context((event, payload) => events.send(event, payload)), port: 0 };
  const server: Server = createServer((request, response) => {
    handle(bridge, request, response).catch((error: unknown) => {
      log(`bridge: ${request.method} ${request.url} failed: ${String(error)}`);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.end();
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const port = (bridge.port = (server.address() as AddressInfo).port);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    events,
    close: () =>
      new Promise<void>((resolveClose) => {
        events.closeAll();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

async function handle(bridge: Bridge, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://bridge.invalid');
  const verdict = checkRequest({ headers: request.headers, url, token: bridge.token, port: bridge.port });
  if (!verdict.allowed) {
    bridge.log(`bridge: refused ${request.method} ${url.pathname}: ${verdict.reason}`);
    return send(response, verdict.status, 'text/plain; charset=utf-8', verdict.status === 401 ? 'Unauthorized' : 'Forbidden');
  }
  if (verdict.fromQuery && request.method === 'GET') {
    // Trade the URL token for a cookie, so it leaves the address bar and every later
    // request (assets, fetch, EventSource) is authorised without knowing it.
    url.searchParams.delete('token');
    response.writeHead(303, { location: url.pathname + url.search, 'set-cookie': tokenCookie(bridge.token), 'cache-control': 'no-store' });
    return void response.end();
  }
  const path = url.pathname;
  if (request.method === 'POST' && path.startsWith('/ipc/')) return handleIpc(bridge, request, response, decodeURIComponent(path.slice(5)));
  if (request.method === 'POST' && path === '/__bridge/menu') return handleMenu(bridge, request, response);
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  if (path === '/events') return bridge.events.attach(response);
  if (path === CLIENT_SCRIPT_PATH) return send(response, 200, contentTypeOf('client.js'), bridge.options.clientScript);
  return serveStatic(bridge.options.rendererDir, response, path);
}

async function handleIpc(bridge: Bridge, request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
  const body = await readJson(request);
  if (!body.ok) return send(response, body.status, 'text/plain; charset=utf-8', body.message);
  const payload = (body.value as { request?: unknown } | null)?.request;
  const result = await bridge.options.registry.invoke(channel, payload, bridge.context);
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
}

/** Test hook: what the application menu does in Electron (File > New book, ...). */
async function handleMenu(bridge: Bridge, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const body = await readJson(request);
  if (!body.ok) return send(response, body.status, 'text/plain; charset=utf-8', body.message);
  const command = (body.value as { command?: unknown } | null)?.command;
  if (!MENU_COMMANDS.includes(command as MenuCommand)) return send(response, 400, 'text/plain; charset=utf-8', 'Unknown menu command');
  bridge.context.emit('menu:command', { command: command as MenuCommand });
  send(response, 204, 'text/plain; charset=utf-8', '');
}

async function serveStatic(rendererDir: string, response: ServerResponse, urlPath: string): Promise<void> {
  // Client-side routes (no file extension) get the app's index.html, as a SPA host would.
  const wantsPage = urlPath === '/' || !/\.[a-z0-9]+$/i.test(urlPath);
  const file = resolveStaticPath(rendererDir, wantsPage ? '/index.html' : urlPath);
  const content = file ? await readStaticFile(file) : undefined;
  if (!file || !content) {
    // Browsers ask for a favicon on their own; "none" keeps the console free of 404 noise.
    if (urlPath === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  if (file.endsWith('index.html')) {
    const html = prepareIndexHtml(content.toString('utf8'), { scripts: [CLIENT_SCRIPT_PATH] });
    return send(response, 200, contentTypeOf(file), html);
  }
  send(response, 200, contentTypeOf(file), content);
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-security-policy': contentSecurityPolicy({ forHeader: true }),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  response.end(body);
}

type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

async function readJson(request: IncomingMessage): Promise<JsonBody> {
  // A JSON content type cannot be sent cross-site without a CORS preflight, which we never answer.
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return { ok: false, status: 415, message: 'Send application/json' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { ok: false, status: 413, message: 'Request too large' };
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') };
  } catch {
    return { ok: false, status: 400, message: 'Malformed JSON' };
  }
}
