import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './web-policies';
import { contentSecurityPolicy } from './csp';
import { prepareIndexHtml } from './html-injection';
import { contentTypeOf, readStaticFile, resolveStaticPath } from './static-files';

/**
 * app:// must be declared before the app is ready: "standard" gives it real origins and
 * relative URLs, "secure" makes it a secure context like https. It gets no other powers
 * (no bypassing CSP, no service workers, no CORS to anything).
 */
export function declareAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer (dist/renderer) read-only under app://briefing/. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound();
    const file = resolveStaticPath(rendererDir, url.pathname);
    const content = file ? await readStaticFile(file) : undefined;
    if (!file || !content) return notFound();
    const headers = {
      'content-type': contentTypeOf(file),
      'content-security-policy': contentSecurityPolicy({ forHeader: true }),
      'x-content-type-options': 'nosniff',
    };
    if (file.endsWith('index.html')) return new Response(prepareIndexHtml(content.toString('utf8')), { headers });
    return new Response(new Uint8Array(content), { headers });
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
