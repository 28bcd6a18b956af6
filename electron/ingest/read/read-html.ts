import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { compactMeta, metaDay, metaText, metaUrl, type DocumentMeta } from './document-meta';
import { checkHtmlDepth, dropUnsafeElements } from './html-budget';

/**
 * Web pages: the main article's text, found by Readability over a server-side DOM (linkedom).
 * Nothing is rendered or run: scripts, styles and frames are dropped before parsing, and
 * only text content leaves this module. Paragraph structure survives as lines. When
 * Readability finds no article, the page's block text is used (cleaning removes the rest).
 */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dt, dd, figcaption';

/**
 * The part of linkedom's DOM this reader uses. Node code is compiled without the DOM library
 * (tsconfig.node.json), so the reader names the few members it calls instead.
 */
interface HtmlElement {
  readonly textContent: string | null;
  readonly parentElement: HtmlElement | null;
  closest(selector: string): HtmlElement | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  getAttribute(name: string): string | null;
}
type HtmlPage = Pick<HtmlElement, 'querySelector'>;

export interface HtmlDocument {
  text: string;
  meta: DocumentMeta;
}

export function readHtml(html: string, label = 'This page'): HtmlDocument {
  const safe = dropUnsafeElements(html);
  checkHtmlDepth(safe, label);
  const { document } = parseHTML(safe);
  // Meta first: Readability rewrites the document it is given.
  const meta = htmlMeta(document as unknown as HtmlPage);
  return { text: articleText(safe, document), meta };
}

function articleText(safe: string, document: ReturnType<typeof parseHTML>['document']): string {
  const title = (document as unknown as HtmlPage).querySelector('h1')?.textContent?.trim() ?? '';
  let article: { content?: string | null; title?: string | null } | null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200, keepClasses: false }).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    const inner = parseHTML(`<html><body>${article.content}</body></html>`).document;
    const text = blockText(inner.body as unknown as HtmlElement);
    const heading = article.title?.trim() || title;
    return heading && !text.startsWith(heading) ? `${heading}\n${text}` : text;
  }
  return blockText(parseHTML(safe).document.body as unknown as HtmlElement);
}

function blockText(root: HtmlElement | null): string {
  if (!root) return '';
  const lines: string[] = [];
  const blocks = Array.from(root.querySelectorAll(BLOCKS));
  for (const el of blocks) {
    // A block inside another block (a <p> in an <li>) is read with its parent.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
  }
  if (lines.length === 0) return (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  return lines.join('\n');
}

/** The first non-empty `content` of the meta tags named (by property, name or itemprop). */
function metaContent(document: HtmlPage, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const value = metaText(document.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content'));
      if (value) return value;
    }
  }
  return undefined;
}

/**
 * Open Graph, article:* and the common Dublin Core / news tags: what publishers put in pages for
 * link previews and search engines, so the same few names cover most real pages.
 */
function htmlMeta(document: HtmlPage): DocumentMeta {
  const published =
    metaDay(metaContent(document, ['article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'DC.date.issued', 'dcterms.created']))
    ?? metaDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const author = metaContent(document, ['author', 'article:author', 'dc.creator', 'DC.creator']);
  return compactMeta({
    publisher: metaContent(document, ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'DC.publisher']),
    url: metaUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? metaUrl(metaContent(document, ['og:url'])),
    // article:author is often a profile URL: keep a name only.
    author: author && !/^https?:/i.test(author) ? author : undefined,
    published,
    title: metaContent(document, ['og:title']) ?? metaText(document.querySelector('title')?.textContent),
  });
}
