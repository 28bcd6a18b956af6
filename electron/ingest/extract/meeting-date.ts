import type { Doc } from './document';

/**
 * The date of the meeting. Every date in the text is a candidate ("27 July 2024", "July 27",
 * "2024-07-27", "27.07.2024", "July 2024", Russian and French month names, and relative to
 * the publication date: "today", "yesterday", "on Monday"); the dateline and dates in
 * sentences about the meeting ("held on", "met on") win, dates of other events ("scheduled
 * for", "next", ranges like "2024-2026") lose. A missing year comes from a weekday given
 * with the date, else the publication date (a date-stamp line of the page, removed from the
 * body as metadata, or the file's date), else the years the text mentions.
 */
export interface MeetingDate {
  date: string;
  precision: 'day' | 'month' | 'year';
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  ['january', 'jan', 'января', 'январь', 'janvier'],
  ['february', 'feb', 'февраля', 'февраль', 'février', 'fevrier'],
  ['march', 'mar', 'марта', 'март', 'mars'],
  ['april', 'apr', 'апреля', 'апрель', 'avril'],
  ['may', 'мая', 'май', 'mai'],
  ['june', 'jun', 'июня', 'июнь', 'juin'],
  ['july', 'jul', 'июля', 'июль', 'juillet'],
  ['august', 'aug', 'августа', 'август', 'août', 'aout'],
  ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'septembre'],
  ['october', 'oct', 'октября', 'октябрь', 'octobre'],
  ['november', 'nov', 'ноября', 'ноябрь', 'novembre'],
  ['december', 'dec', 'декабря', 'декабрь', 'décembre', 'decembre'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = `(?:(${WEEKDAYS.join('|')}),?\\s+)?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const RANGE = '(?:\\s*(?:-|–|—|to|and|&)\\s*\\d{1,2}(?:st|nd|rd|th)?)?';
const YEAR = '(?:,?\\s+(?:of\\s+)?(\\d{4})(?:\\s*(?:г\\.?|года))?)?';

const PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => Parts }> = [
  { re: new RegExp(`${WEEKDAY}${DAY}${RANGE}\\s+(?:of\\s+)?${MONTH}${YEAR}(?![\\p{L}\\d])`, 'giu'), parts: (m) => ({ weekday: m[1], day: m[2], month: m[3], year: m[4] }) },
  { re: new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY}${RANGE}${YEAR}(?![\\p{L}\\d])`, 'giu'), parts: (m) => ({ weekday: m[1], month: m[2], day: m[3], year: m[4] }) },
  { re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)/g, parts: (m) => ({ year: m[1], monthNumber: m[2], day: m[3] }) },
  { re: /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/g, parts: (m) => ({ day: m[1], monthNumber: m[2], year: m[3] }) },
  { re: new RegExp(`(?<![\\d\\p{L}])${MONTH}\\s+(\\d{4})(?!\\d)`, 'giu'), parts: (m) => ({ month: m[1], year: m[2] }) },
];

interface Parts {
  weekday?: string;
  day?: string;
  month?: string;
  monthNumber?: string;
  year?: string;
}

interface Candidate {
  start: number;
  month: number;
  day?: number;
  year?: number;
  weekday?: number;
  score: number;
}

const MEETING_CONTEXT = /\b(?:held|met|meet|meeting|meetings|summit|session|talks|visit|visited|took place|convened|gathered|attended|hosted|opened|addressed|ministerial|conference|forum|signed|agreed|discussed|on)\b/i;
const OTHER_EVENT = /\b(?:scheduled|will be held|will take place|will host|next|upcoming|forthcoming|planned|due to|expected to|until|by the end of|deadline|since|founded|established|anniversary|last year|previous|expires?|for \d{4})\b/i;

export function findMeetingDate(doc: Doc, fileDate?: string, metadataLines: readonly string[] = []): MeetingDate | null {
  const published = publicationDate(metadataLines) ?? (fileDate && /^\d{4}-\d{2}-\d{2}/.test(fileDate) ? fileDate.slice(0, 10) : undefined);
  const candidates = collect(doc);
  if (published) candidates.push(...relativeDates(doc, published));
  if (candidates.length === 0) return null;
  const years = textYears(doc.text);
  for (const c of candidates) {
    if (c.year === undefined) c.year = inferYear(c, years, published);
  }
  const usable = candidates.filter((c) => c.year !== undefined && c.year >= 1945 && c.year <= 2100 && validDay(c));
  if (usable.length === 0) return null;
  usable.sort((a, b) => b.score - a.score || a.start - b.start);
  const best = usable[0]!;
  const y = String(best.year);
  const m = String(best.month).padStart(2, '0');
  if (best.day === undefined) return { date: `${y}-${m}`, precision: 'month' };
  return { date: `${y}-${m}-${String(best.day).padStart(2, '0')}`, precision: 'day' };
}

function collect(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const p = parts(m);
      const month = p.month ? MONTHS[p.month.toLowerCase().replace(/\.$/, '')] : Number(p.monthNumber);
      if (!month || month < 1 || month > 12) continue;
      // "the 2024-2026 plan" and "from 2022 to 2024" are not meeting dates (only "Month YYYY" could clash).
      taken.push([start, end]);
      out.push({
        start,
        month,
        day: p.day ? Number(p.day) : undefined,
        year: p.year ? Number(p.year) : undefined,
        weekday: p.weekday ? WEEKDAYS.indexOf(p.weekday.toLowerCase()) : p.day ? sentenceWeekday(doc, start) : undefined,
        score: score(doc, start, end, p),
      });
    }
  }
  return out;
}

/** "NOV 6 - ... met on Monday": the one weekday named in the date's sentence, if any. */
function sentenceWeekday(doc: Doc, at: number): number | undefined {
  const sentence = doc.sentences.find((x) => x.end > at);
  if (!sentence) return undefined;
  const found = [...doc.text.slice(sentence.start, sentence.end).matchAll(/\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi)];
  const days = new Set(found.map((m) => m[1]!.toLowerCase()));
  return days.size === 1 ? WEEKDAYS.indexOf([...days][0]!) : undefined;
}

function score(doc: Doc, start: number, end: number, p: Parts): number {
  const sentenceIndex = doc.sentences.findIndex((s) => s.end >= end);
  const sentence = doc.sentences[Math.max(0, sentenceIndex)]!;
  const text = doc.text.slice(sentence.start, sentence.end);
  const before = doc.text.slice(Math.max(sentence.start, start - 60), start);
  let s = 0;
  // Dateline: "VIENTIANE, July 27 (Reuters) -" or "Moscow, 27 July 2024 —" at the start of a line.
  const lineStart = doc.text.lastIndexOf('\n', start) + 1;
  if (start - lineStart < 40 && /^[\p{L} .'-]{2,40},\s*$/u.test(doc.text.slice(lineStart, start)) && lineStart < 400) s += 4;
  if (MEETING_CONTEXT.test(text)) s += 2;
  if (/\b(?:on|held on|met on|dated)\s*$/i.test(before)) s += 1.5;
  if (OTHER_EVENT.test(before.slice(-40)) || /^\s*(?:[-–]|to)\s*\d{4}/.test(doc.text.slice(end, end + 8))) s -= 3;
  if (p.day) s += 1;
  s += 1.5 * (1 - Math.min(sentenceIndex, 10) / 10);
  return s;
}

/**
 * Years the text mentions, most frequent first, leaving out targets and horizons ("by 2030",
 * "until 2045", "the 2030 Agenda", "Vision 2045"), which say nothing about when it was written.
 */
function textYears(text: string): number[] {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<![\d.,/-])(19[5-9]\d|20[0-9]\d)(?!\d)/g)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + 4, m.index + 14);
    if (/\b(?:by|until|till|through|to|beyond|towards?|since|vision|agenda|strategy|horizon)\s+(?:the\s+)?(?:year\s+)?$/i.test(before)) continue;
    if (/^\s*(?:agenda|vision|goals?|targets?|strategy)\b/i.test(after)) continue;
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}

function inferYear(c: Candidate, years: number[], published?: string): number | undefined {
  const fileYear = published ? Number(published.slice(0, 4)) : undefined;
  const fileDate = published;
  const reference = fileYear ?? years[0];
  if (reference === undefined) return latestFitting(c);
  if (c.weekday !== undefined && c.day !== undefined) {
    for (const y of [reference, reference - 1, reference + 1, reference - 2]) {
      if (new Date(Date.UTC(y, c.month - 1, c.day)).getUTCDay() === c.weekday) return y;
    }
  }
  if (fileYear !== undefined && fileDate && c.day !== undefined) {
    // Written shortly after the meeting: a date well after the file's own date is last year's.
    const file = Date.parse(fileDate.slice(0, 10));
    const candidate = Date.UTC(fileYear, c.month - 1, c.day);
    if (candidate - file > 45 * 86_400_000) return fileYear - 1;
  }
  return reference;
}

/**
 * No year anywhere: the most recent year (up to now) in which the date exists and, when the
 * text gives one, falls on its weekday. Articles report meetings that have happened.
 */
function latestFitting(c: Candidate): number | undefined {
  if (c.day === undefined) return undefined;
  const now = new Date();
  for (let y = now.getUTCFullYear(); y > now.getUTCFullYear() - 8; y--) {
    const d = new Date(Date.UTC(y, c.month - 1, c.day));
    if (d.getTime() > now.getTime() || d.getUTCMonth() !== c.month - 1) continue;
    if (c.weekday === undefined || d.getUTCDay() === c.weekday) return y;
  }
  return c.weekday === undefined ? now.getUTCFullYear() : undefined;
}

function validDay(c: Candidate): boolean {
  if (c.day === undefined) return true;
  const last = new Date(Date.UTC(c.year!, c.month, 0)).getUTCDate();
  return c.day >= 1 && c.day <= last;
}

/** The first full date on a metadata line ("Published July 10, 2024", "11.10.2024 17:55"). */
function publicationDate(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (/^(?:read|see|watch)\s+(?:more|also|next)|^also\s+read|^related|^recommended/i.test(line)) continue;
    const doc = { text: line, sentences: [{ start: 0, end: line.length }] } as Doc;
    const c = collect(doc).find((x) => x.year !== undefined && x.day !== undefined);
    if (c && validDay(c)) return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
  }
  return undefined;
}

/** "today", "yesterday", "on Monday": days counted back from the publication date. */
function relativeDates(doc: Doc, published: string): Candidate[] {
  const base = Date.parse(`${published}T00:00:00Z`);
  const baseDay = new Date(base).getUTCDay();
  const out: Candidate[] = [];
  for (const m of doc.text.matchAll(/\b(?:(today|yesterday)|(?:on|last|this)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?!,?\s+(?:\d|[A-Z][a-z]+\s+\d)))\b/gi)) {
    let back: number;
    if (m[1]) back = m[1].toLowerCase() === 'today' ? 0 : 1;
    else back = (baseDay - WEEKDAYS.indexOf(m[2]!.toLowerCase()) + 7) % 7;
    const d = new Date(base - back * 86_400_000);
    const start = m.index;
    out.push({ start, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), score: score(doc, start, start + m[0].length, { day: '1' }) - 0.5 });
  }
  return out;
}
