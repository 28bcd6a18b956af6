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
  /** The cleaned body. */
  body: string;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/i;
const SOURCE_LINE = /^(?:source|publisher|published by|originally published (?:by|in|on)|courtesy(?: of)?|via)\s*[:\-–—]?\s*(.+)$/i;
const AUTHOR_LINE = /^(?:by|written by|reported by|story by|posted by|author|authors)\s*[:\-]?\s+(.+)$/i;
/** Words that make a byline a desk or a team rather than a person ("By our Washington team"). */
const NOT_PERSON = /\b(?:staff|reporter|correspondent|desk|bureaus?|team|editors?|newsroom|agencies|agency|wire|online|digital)\b/i;
/** "Reuters", "Agence France-Presse": a byline's tail that names the outlet. */
const AGENCY = /\b(reuters|associated press|agence france-presse|afp|xinhua|tass|ria novosti|interfax|anadolu(?: agency)?|kyodo(?: news)?|yonhap|bernama|antara|press trust of india|pti|ani|wafa|kuna|spa|wam|qna|bna|mena|irna|dpa|efe|ansa|bloomberg|al jazeera|bbc(?: news)?|cnn|the guardian|the new york times|the washington post|financial times|nikkei asia|south china morning post|the hindu|dawn|the diplomat|euronews|politico(?: europe)?)\b/i;

export function findSource(lines: SourceLines, published: string | null, meta: Partial<SourceInfo> = {}, fileName?: string): SourceInfo {
  const header = [...lines.removed, ...lines.body.split('\n', 6)];
  const url = meta.url ?? findUrl(header);
  const publisher = meta.publisher ?? findPublisher(header, url);
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

function findUrl(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = URL_RE.exec(line);
    if (m && line.length < 300) return m[0];
  }
  return undefined;
}

function findPublisher(lines: readonly string[], url: string | undefined): string | undefined {
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
  // "VIENTIANE, July 27 (Reuters) -": the agency of a wire story's dateline.
  for (const line of lines.slice(-6)) {
    const m = /^[\p{Lu}][\p{L} .,'-]{1,60}\(([^)]{2,40})\)\s*[-–—]/u.exec(line);
    if (m && AGENCY.test(m[1]!)) return canonicalAgency(m[1]!);
  }
  if (url) return hostOf(url);
  return undefined;
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
    const m = AUTHOR_LINE.exec(line.trim());
    if (!m) continue;
    // "By Jane Doe | Published 10 July 2024", "By Jane Doe, Reuters", "By Jane Doe and John Roe".
    const value = m[1]!.split(/\s+[|·•]\s+|,\s+(?=\p{Lu})|\s+[-–—]\s+/u)[0]!.replace(AGENCY, '').replace(/\s+(?:in|for)\s*$/i, '').trim();
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
