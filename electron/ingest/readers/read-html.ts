import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * Web pages: the main article's text, found by Readability over a server-side DOM (linkedom).
 * Nothing is rendered or run: scripts, styles and frames are dropped before parsing, and
 * only text content leaves this module. Paragraph structure survives as lines. When
 * Readability finds no article, the page's block text is used (cleaning removes the rest).
 */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dt, dd, figcaption';
const SKIP = /<(script|style|noscript|template|iframe|object|embed|svg)\b[\s\S]*?<\/\1\s*>/gi;

export function htmlText(html: string): string {
  const safe = html.replace(SKIP, ' ');
  const { document } = parseHTML(safe);
  const title = document.querySelector('h1')?.textContent?.trim() ?? '';
  let article: { content?: string | null; title?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 200, keepClasses: false }).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    const inner = parseHTML(`<html><body>${article.content}</body></html>`).document;
    const text = blockText(inner.body as unknown as Element);
    const heading = article.title?.trim() || title;
    return heading && !text.startsWith(heading) ? `${heading}\n${text}` : text;
  }
  return blockText(parseHTML(safe).document.body as unknown as Element);
}

function blockText(root: Element | null): string {
  if (!root) return '';
  const lines: string[] = [];
  const blocks = Array.from(root.querySelectorAll(BLOCKS)) as Element[];
  for (const el of blocks) {
    // A block inside another block (a <p> in an <li>) is read with its parent.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
  }
  if (lines.length === 0) return (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  return lines.join('\n');
}
