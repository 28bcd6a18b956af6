import { cspMetaTag } from './csp';

/**
 * Prepares the renderer's index.html before it is served: makes sure the CSP meta tag is
 * present (the response header carries it too) and, for the test bridge only, adds classic
 * scripts that must run before the app's module script.
 */
export function prepareIndexHtml(html: string, options: { scripts?: string[] } = {}): string {
  let out = html;
  if (!/http-equiv=["']?Content-Security-Policy/i.test(out)) {
    out = insertIntoHead(out, cspMetaTag());
  }
  for (const src of options.scripts ?? []) {
    out = insertBeforeFirstScript(out, `<script src="${escapeAttribute(src)}"></script>`);
  }
  return out;
}

function insertIntoHead(html: string, tag: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (head) return spliceAt(html, head.index + head[0].length, tag);
  return tag + html;
}

/**
 * Classic scripts placed before the app's first <script> run first: module scripts are
 * deferred, so `window.briefing` exists by the time the app's code starts.
 */
function insertBeforeFirstScript(html: string, tag: string): string {
  const script = /<script\b/i.exec(html);
  if (script) return spliceAt(html, script.index, tag);
  const headEnd = /<\/head>/i.exec(html);
  if (headEnd) return spliceAt(html, headEnd.index, tag);
  return insertIntoHead(html, tag);
}

function spliceAt(text: string, index: number, insert: string): string {
  return text.slice(0, index) + insert + text.slice(index);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
