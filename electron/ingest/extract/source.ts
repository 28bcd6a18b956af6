import { basename } from 'node:path';
import type { SourceInfo } from './types';

/**
 * Where a text comes from. A reader's metadata (HTML meta, .docx core properties, PDF Info)
 * is the best witness, so it comes first; then what the text itself says in its header and
 * footer lines (usually removed from the body as boilerplate, which is why both the removed
 * lines and the body's first lines are read): "Source: Reuters", "By Jane Doe | Reuters",
 * a URL on a line of its own, "Published 10 July 2024". The file's name only when nothing
 * else names a source, because "h15.txt" says nothing about who wrote the text.
 */
export interface SourceLines {
  /** Lines cleanText removed (headers, bylines, footers), in document order. */
  removed: readonly string[];
  /** The removed lines above the second paragraph (cleanText's `header`). */
  header: readonly string[];
  /** The cleaned body. */
  body: string;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/i;
const SOURCE_LINE = /^(?:source|publisher|published by|originally published (?:by|in|on)|courtesy(?: of)?|via)\s*[:\-–—]?\s*(.+)$/i;
const AUTHOR_LINE = /^(?:by|written by|reported by|story by|posted by|author|authors)\s*[:-]?\s+(.+)$/i;
/** Words that make a byline a desk or a team rather than a person ("By our Washington team"). */
const NOT_PERSON = /\b(?:staff|reporter|correspondent|desk|bureaus?|team|editors?|newsroom|agencies|agency|wire|online|digital)\b/i;
/** "Reuters", "Agence France-Presse": a byline's tail that names the outlet. */
const AGENCY = /\b(reuters|associated press|agence france-presse|afp|xinhua|tass|ria novosti|interfax|anadolu(?: agency)?|kyodo(?: news)?|yonhap|bernama|antara|press trust of india|pti|ani|wafa|kuna|spa|wam|qna|bna|mena|irna|dpa|efe|ansa|bloomberg|al jazeera|bbc(?: news)?|cnn|the guardian|the new york times|the washington post|financial times|nikkei asia|south china morning post|the hindu|dawn|the diplomat|euronews|politico(?: europe)?)\b/i;

export function findSource(lines: SourceLines, published: string | null, meta: Partial<SourceInfo> = {}, fileName?: string): SourceInfo {
  const header = [...lines.removed, ...lines.body.split('\n', 6)];
  const url = meta.url ?? findUrl(header);
  const publisher = meta.publisher ?? findPublisher(header, url, lines.header);
  const author = meta.author ?? findAuthor(header);
  const pub = meta.published ? isoDay(meta.published) : published;
  const named = Boolean(url || publisher || author || pub);
  return {
    publisher: publisher ?? null,
    url: url ?? null,
    author: author ?? null,
    published: pub ?? null,
    fileName: meta.fileName ?? (!named && fileName ? basename(fileName) : null),
  };
}

/** "en.kremlin.ru/d/75231" on a line of its own: a link without its scheme. */
const BARE_URL = /^(?:(?:url|link|source)\s*:\s*)?((?:[a-z0-9-]+\.)+[a-z]{2,6}\/[^\s]*)$/i;

function findUrl(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = URL_RE.exec(line);
    if (m && line.length < 300) return m[0];
  }
  for (const line of lines) {
    const m = BARE_URL.exec(line.trim());
    if (m) return m[1];
  }
  return undefined;
}

function findPublisher(lines: readonly string[], url: string | undefined, header: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = SOURCE_LINE.exec(line.trim());
    if (!m) continue;
    const value = m[1]!.replace(URL_RE, '').replace(/[|·•,;]+\s*$/, '').split(/\s+[|·•]\s+/)[0]!.trim();
    if (value && value.length <= 80) return value;
  }
  for (const line of lines) {
    if (!AUTHOR_LINE.test(line.trim()) && !/^\(?[\p{Lu}][\p{L} ,.'-]{1,40}\(\p{Lu}/u.test(line)) continue;
    const m = AGENCY.exec(line);
    if (m) return canonicalAgency(m[1]!);
  }
  // "VIENTIANE, July 27 (Reuters) -", "ASTANA, Nov 28 (Steppe Wire) -": the agency of a wire story's dateline.
  for (const line of lines.slice(-6)) {
    const m = /^[\p{Lu}][\p{L}\d .,'-]{1,60}\(([\p{Lu}][\p{L}.&' -]{1,40})\)\s*[-–—]/u.exec(line);
    if (m) return AGENCY.test(m[1]!) ? canonicalAgency(m[1]!) : m[1]!.trim();
  }
  const masthead = mastheadOf(header);
  if (masthead) return masthead;
  if (url) return hostOf(url);
  return undefined;
}

/** Words that head a page without naming who publishes it. */
const NOT_PUBLISHER = /^(?:home|menu|skip|search|news|press releases?|readout|transcript|statement|briefing room|latest|share|print|print version|text size|we use|this site|cookies?|log ?in|sign in|subscribe)\b/i;

/**
 * The outlet's masthead, the first line above the text: "NATO - News", "THE WHITE HOUSE",
 * "IAEA | International Atomic Energy Agency", "The Mekong Desk · Southeast Asia, without ...".
 */
function mastheadOf(header: readonly string[]): string | undefined {
  const first = header[0]?.replace(/\*\*/g, '').trim();
  if (!first || /\d/.test(first) || NOT_PUBLISHER.test(first)) return undefined;
  const parts = first.split(/\s+[|·–—-]\s+/).map((p) => p.trim()).filter(Boolean);
  // A masthead is set apart: by a separator ("NATO - News") or in capitals ("THE WHITE HOUSE").
  if (parts.length > 2 || !parts[0] || (parts.length === 1 && first !== first.toUpperCase())) return undefined;
  let name = parts[0];
  // "IAEA | International Atomic Energy Agency": the acronym's spelled-out name.
  if (parts[1] && /^[\p{Lu}]{2,6}$/u.test(name) && initials(parts[1]).startsWith(name)) name = parts[1];
  if (name.split(/\s+/).length > 10 || !/^\p{Lu}/u.test(name) || NOT_PUBLISHER.test(name)) return undefined;
  return name === name.toUpperCase() && name.length > 6 ? titleCase(name) : name;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** "U.S. DEPARTMENT OF STATE" -> "U.S. Department of State". */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && /^(?:of|the|and|for|in|on)$/.test(w) ? w : /^[a-z]\.[a-z]\./.test(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function canonicalAgency(name: string): string {
  const trimmed = name.trim();
  return trimmed.length <= 4 ? trimmed.toUpperCase() : trimmed.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function findAuthor(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    // "Posted August 3, 2024 by Linh Tran", "Published 10 July by Jane Doe".
    const late = /^(?:[Pp]osted|[Pp]ublished|[Uu]pdated)\b.*?\bby ((?:\p{Lu}[\p{L}.'-]+ ){1,3}\p{Lu}[\p{L}.'-]+)\s*$/u.exec(line.replace(/[*_]/g, '').trim());
    if (late && !NOT_PERSON.test(late[1]!)) return late[1];
    const m = AUTHOR_LINE.exec(line.trim());
    if (!m) continue;
    // "By Jane Doe | Published 10 July 2024", "By Jane Doe, Reuters", "By Jane Doe and John Roe".
    const value = m[1]!.replace(/[*_]/g, '').split(/\s+[|·•]\s+|,\s+(?=\p{Lu})|\s+[-–—]\s+|\s+(?:on|at)\s+(?=\d|\p{Lu}[a-z]+ \d)/u)[0]!.replace(AGENCY, '').replace(/\s+(?:in|for)\s*$/i, '').trim();
    if (!value || NOT_PERSON.test(value) || /\d/.test(value) || value.split(/\s+/).length > 8) continue;
    if (/^\p{Lu}/u.test(value)) return value;
  }
  return undefined;
}

/** "2024-07-10T08:00:00Z", "2024-07-10" -> "2024-07-10"; anything else is not a day. */
function isoDay(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
