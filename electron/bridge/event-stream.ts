import type { ServerResponse } from 'node:http';

/**
 * Server-sent events to every open page: the bridge's version of webContents.send.
 * One bridge serves one app window in practice, so broadcasting is what Electron does.
 */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();

  attach(response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    // A comment line flushes the headers so EventSource reports "open" at once.
    response.write(': connected\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  send(event: string, payload: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of this.clients) client.write(frame);
  }

  get size(): number {
    return this.clients.size;
  }

  closeAll(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
