import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_COOKIE = 'bridge_token';
export const TOKEN_HEADER = 'x-bridge-token';

export type GuardVerdict =
  | { allowed: true; /** The token came in the URL: answer with the cookie and a clean redirect. */ fromQuery: boolean }
  | { allowed: false; status: 401 | 403; reason: string };

/**
 * Decides whether one request may reach the bridge. The bridge listens on loopback only,
 * but any local process or web page could still reach it, so:
 * - the Host header must name the bridge itself (defeats DNS rebinding);
 * - a cross-origin Origin header is refused (defeats cross-site requests);
 * - the per-run token must be present, as ?token=, the HttpOnly cookie, or a header.
 */
export function checkRequest(input: {
  headers: IncomingHttpHeaders;
  url: URL;
  token: string;
  port: number;
}): GuardVerdict {
  const allowedHosts = [`127.0.0.1:${input.port}`, `localhost:${input.port}`];
  const host = (input.headers.host ?? '').toLowerCase();
  if (!allowedHosts.includes(host)) return { allowed: false, status: 403, reason: 'foreign Host header' };
  const origin = input.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return { allowed: false, status: 403, reason: 'foreign Origin header' };
  }
  const fromQuery = input.url.searchParams.get('token');
  if (fromQuery !== null && sameSecret(fromQuery, input.token)) return { allowed: true, fromQuery: true };
  const fromHeader = input.headers[TOKEN_HEADER];
  if (typeof fromHeader === 'string' && sameSecret(fromHeader, input.token)) return { allowed: true, fromQuery: false };
  const fromCookie = readCookie(input.headers.cookie, TOKEN_COOKIE);
  if (fromCookie !== undefined && sameSecret(fromCookie, input.token)) return { allowed: true, fromQuery: false };
  return { allowed: false, status: 401, reason: 'missing or wrong token' };
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
