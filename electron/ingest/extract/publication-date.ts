import { collectDates, writesMonthFirst, type DateCandidate } from './date-candidates';
import { analyseLine } from './document';

/**
 * When the text was published: the reference for dates written without a year, and the
 * bound the meeting cannot lie after (unless the text says it lies ahead). Found on the
 * page's metadata lines, which cleaning removes from the body: a date stamp ("11.10.2024
 * 17:55"), a "Published July 10, 2024" line, a byline strip ("By Staff | 14 Jul 2023"), a
 * header strip ("Press conference summary | 2024-07-10 | Washington").
 */
export interface Published {
  date: string;
  /** Where it was read, for the date's note: "metadata", "header line 'Published 10 July 2024'". */
  from: string;
}

const NOT_METADATA = /^(?:read|see|watch|listen)\s+(?:more|also|next)|^also\s+(?:read|see)|^related|^recommended|^more (?:from|on|stories)|^(?:copyright|©)/i;
const BYLINE = /^(?:posted|published|updated|last updated|first published|modified|by|written by|publication date|date)\b|\b(?:posted|published|updated) (?:by|on|at)\b/i;
const STAMP_WORD = /\b(?:published|updated|posted|date|dated|issued|released|first published|last updated|press release|statement|readout|summary|transcript)\b/i;

export function publicationDate(metaPublished: string | undefined, removed: readonly string[], header: readonly string[], fileDate?: string): Published | undefined {
  const meta = metaPublished && /^(\d{4})-(\d{2})-(\d{2})/.exec(metaPublished.trim());
  if (meta) return { date: meta[0], from: 'the publication date in the file’s metadata' };
  // A line that says what it is ("Published ...") first; then any date-stamp line in the header.
  const labelled = removed.filter((l) => STAMP_WORD.test(l) && !NOT_METADATA.test(l));
  // Then a short line that is mostly a date, wherever it stood ("11.10.2024 17:55" under the text).
  const stamps = removed.filter((l) => l.length <= 60 && !NOT_METADATA.test(l));
  for (const line of [...labelled, ...header.filter((l) => !NOT_METADATA.test(l)), ...stamps]) {
    const c = fullDate(line);
    if (c) return { date: iso(c), from: `publication line '${clip(line)}'` };
  }
  if (fileDate && /^\d{4}-\d{2}-\d{2}/.test(fileDate)) return { date: fileDate.slice(0, 10), from: 'the file’s date' };
  return undefined;
}

/** The header lines' own dates, as candidates for the meeting (their evidence lies outside the body). */
export function headerDates(header: readonly string[]): Array<DateCandidate & { line: string }> {
  const out: Array<DateCandidate & { line: string }> = [];
  for (const line of header) {
    // "Posted by X on 20 August 2024", "Published ...": when the text appeared, not when the meeting was.
    if (NOT_METADATA.test(line) || BYLINE.test(line) || !/\d/.test(line)) continue;
    for (const c of collectDates(analyseLine(line), writesMonthFirst(line))) {
      if (c.year === undefined) continue;
      out.push({ ...c, line, score: 2.5 + (c.day !== undefined ? 1 : 0), role: `header line '${clip(line)}'` });
    }
  }
  return out;
}

function fullDate(line: string): DateCandidate | undefined {
  if (line.length > 200 || !/\d/.test(line)) return undefined;
  return collectDates(analyseLine(line), writesMonthFirst(line)).find((x) => x.year !== undefined && x.day !== undefined && validDay(x.year, x.month, x.day));
}

export function validDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function iso(c: { year?: number; month: number; day?: number }): string {
  const m = String(c.month).padStart(2, '0');
  return c.day === undefined ? `${c.year}-${m}` : `${c.year}-${m}-${String(c.day).padStart(2, '0')}`;
}

export function clip(line: string, n = 60): string {
  const flat = line.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : `${flat.slice(0, n - 1)}…`;
}
