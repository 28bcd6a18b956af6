/**
 * Cleaning of scraped text: whitespace, quotes and Markdown markup normalised, and the
 * boilerplate lines that come with a web page or a press office (read-more links, share and
 * subscribe prompts, photo credits, bylines, adverts, cookie notices, lists of related
 * headlines, navigation crumbs, publication metadata, contact footers) removed and reported.
 * A line is removed only when it is boilerplate as a whole: content sentences are kept.
 */
import { isBoilerplate, isHeaderMetadata, isHeadline, isMasthead, isTitleWithSite, LIST_HEADER } from './boilerplate';

export interface Cleaned {
  body: string;
  removed: string[];
  /**
   * The removed lines that stood above the article's second paragraph: mastheads, date
   * stamps, bylines, "Press conference summary | 2024-07-10 | Washington". Their dates and
   * names describe this article (unlike a footer's list of other headlines).
   */
  header: string[];
}

export function cleanText(raw: string): Cleaned {
  const linkLines = linkOnlyLines(raw);
  const lines = normalise(raw).split('\n');
  const kept: string[] = [];
  const removed: string[] = [];
  const header: string[] = [];
  let paragraphs = 0;
  let inList = false;
  // Entries taken since the list's header: a blank line between the header and its first entry
  // ("Related:", "", "- ...") does not end the list.
  let entries = 0;
  for (const line of lines) {
    if (!line) {
      if (entries > 0) inList = false;
      if (kept.length && kept[kept.length - 1] !== '') kept.push('');
      continue;
    }
    if (inList && isHeadline(line)) {
      removed.push(line);
      entries++;
      continue;
    }
    inList = false;
    if ((isBoilerplate(line) && !(paragraphs === 0 && isTitleWithSite(line))) || linkLines.has(line) || (paragraphs === 0 && isMasthead(line)) || (paragraphs >= 1 && paragraphs < 3 && isHeaderMetadata(line))) {
      removed.push(line);
      if (paragraphs < 2) header.push(line);
      // A bare header ("Related coverage:", "Most popular:") introduces a list of headline links.
      inList = line.length < 50 && LIST_HEADER.test(line) && /^[^:;|]*[:;|]?\s*$/.test(line);
      entries = 0;
      continue;
    }
    kept.push(line);
    paragraphs++;
  }
  while (kept.length && kept[kept.length - 1] === '') kept.pop();
  return { body: kept.join('\n'), removed, header };
}

/**
 * Lines that are nothing but Markdown links (and bullets or separators between them): a list of
 * related stories or a menu, whatever the links say. Returned as they read once normalised.
 */
function linkOnlyLines(raw: string): Set<string> {
  const out = new Set<string>();
  if (!raw.includes('](')) return out;
  for (const line of raw.split(/\r\n?|\n/)) {
    const rest = line.replace(/!?\[[^\]]*\]\([^)]*\)/g, '').replace(/[-*•·|>\s]+/g, '');
    if (rest === '' && /\]\(/.test(line)) out.add(normalise(line));
  }
  return out;
}

/** Line endings, invisible characters, typographic quotes, spaces and Markdown markup. */
export function normalise(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .split('\n')
    .map(unmarkdown)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Markdown to its text: links and images keep their words, emphasis and block markers go. */
function unmarkdown(line: string): string {
  let s = line.replace(/ {2,}/g, ' ').trim();
  if (!/[[*_#>`]/.test(s)) return s;
  s = s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(?:>\s*)+/, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');
  // A whole line in *italics* or _italics_ (captions, bylines, sign-offs).
  const wrapped = /^([*_])(.+)\1$/.exec(s);
  if (wrapped) s = wrapped[2]!;
  // "*More from X:* ...": emphasis inside the line.
  s = s.replace(/(^|[\s(])\*([^*\s][^*]*?)\*(?=[\s:.,;)]|$)/g, '$1$2');
  return s.replace(/ {2,}/g, ' ').trim();
}
