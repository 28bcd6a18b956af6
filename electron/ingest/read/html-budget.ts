import { AppError } from '../../errors';

/**
 * Linear-time preparation of a web page before any parser sees it. A regular expression with
 * a lazy `[\s\S]*?` up to the closing tag rescans the rest of the page from every unclosed
 * `<script`: 2 MB of them ran past a minute. Here each element to drop is found with one
 * forward search for its closing tag; an element never closed drops the rest of the page (as a
 * browser would hide it). And the nesting depth is measured in one pass, because Readability
 * and the DOM walk are super-linear in it: a page nested deeper than any real article is
 * refused in words instead of hanging the import.
 */
const DROPPED = /<(script|style|noscript|template|iframe|object|embed|svg)\b/gi;
export const MAX_HTML_DEPTH = 400;

export function dropUnsafeElements(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let at = 0;
  DROPPED.lastIndex = 0;
  for (let m = DROPPED.exec(html); m; m = DROPPED.exec(html)) {
    out += html.slice(at, m.index) + ' ';
    const close = lower.indexOf(`</${m[1]!.toLowerCase()}`, m.index + m[0].length);
    if (close < 0) return out;
    const end = lower.indexOf('>', close);
    if (end < 0) return out;
    at = end + 1;
    DROPPED.lastIndex = at;
  }
  return out + html.slice(at);
}

// Elements that never have a closing tag, so they do not nest. A tag stops at the next "<" too,
// so a page of "<a <a <a" without a ">" is still read in one pass.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g;

/** The deepest nesting of open elements (an estimate that never undercounts badly nested pages by much). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(name) && name !== 'p' && name !== 'li') deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

export function checkHtmlDepth(html: string, label: string): void {
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    throw new AppError(
      'UNSUPPORTED_FORMAT',
      `${label} nests its elements ${depth.toLocaleString('en')} levels deep (real pages stay under ${MAX_HTML_DEPTH}); it was not imported. Open it in a browser and save the article as text, or paste it.`,
    );
  }
}
