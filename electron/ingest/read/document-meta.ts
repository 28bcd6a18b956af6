import { stripControlCharacters } from '../../../common/primitives';
/**
 * What a file says about itself, apart from its text: the publisher, canonical URL, author and
 * publication date a web page's meta tags, a Word document's core properties or a PDF's Info
 * dictionary declare. Extraction uses it first for the summary's source and as the reference
 * date for year-less datelines; text lines ("Source: ...") fill what it leaves empty.
 */
export interface DocumentMeta {
  publisher?: string;
  url?: string;
  author?: string;
  /** YYYY-MM-DD, the day as the document wrote it (no time-zone shift). */
  published?: string;
  title?: string;
}

const MAX_FIELD = 300;

/** A metadata value fit to keep: one line, trimmed, bounded; undefined for blanks. */
export function metaText(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = stripControlCharacters(value).replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, MAX_FIELD) : undefined;
}

/** A web URL fit to keep (http or https only, bounded); undefined otherwise. */
export function metaUrl(value: string | null | undefined): string | undefined {
  const text = metaText(value);
  if (!text || text.length > 2000) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The calendar day of an ISO 8601 timestamp ("2024-07-10T18:40:00+02:00" -> "2024-07-10") or a
 * PDF date ("D:20240710184000+02'00'"), as written: the publisher's own day, not UTC's.
 */
export function metaDay(value: string | null | undefined): string | undefined {
  const text = metaText(value);
  if (!text) return undefined;
  const m = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const probe = new Date(Date.UTC(Number(y), month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined; // 31 June and the like
  return `${y}-${mo}-${d}`;
}

/** Drops the keys without a value, so an empty meta is `{}`. */
export function compactMeta(meta: DocumentMeta): DocumentMeta {
  const out: DocumentMeta = {};
  for (const key of ['publisher', 'url', 'author', 'published', 'title'] as const) {
    const value = meta[key];
    if (value) out[key] = value;
  }
  return out;
}
