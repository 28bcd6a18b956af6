import { analyse, type Doc } from './document';

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

/** Month number by name. A Map: a plain object answered every token of the text ("constructor" too), slowly. */
const MONTHS = new Map<string, number>();
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
MONTH_NAMES.forEach((names, i) => names.forEach((n) => MONTHS.set(n, i + 1)));
// Any word of 3-9 letters, checked against MONTHS in code: far cheaper for the regex engine than
// an alternation of every month name in three languages.
const ENGLISH_MONTHS = new Set(MONTH_NAMES.flatMap((names) => names.filter((n) => /^[a-z]+$/.test(n) && !/^(?:janvier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|fevrier)$/.test(n))));
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_TOKEN = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR_TOKEN = /^(?:19|20)\d\d$/;

// Numeric forms; dates with month names are found from the tokens (see monthDates).
const PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => Parts }> = [
  { re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)/g, parts: (m) => ({ year: m[1], monthNumber: m[2], day: m[3] }) },
  { re: /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/g, parts: (m) => ({ day: m[1], monthNumber: m[2], year: m[3] }) },
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
  const out: Candidate[] = monthDates(doc);
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const p = parts(m);
      const month = Number(p.monthNumber);
      if (!month || month > 12) continue;
      out.push({ start: m.index, month, day: Number(p.day), year: Number(p.year), score: score(doc, m.index, m.index + m[0].length, p) });
    }
  }
  return out;
}

/**
 * "27 July 2024", "July 27, 2024", "Saturday, 27 July", "27-28 July", "27th of July", "July
 * 2024", "27 июля 2024 года": a month name among the tokens with a day and a year around it.
 */
function monthDates(doc: Doc): Candidate[] {
  const { tokens, text } = doc;
  const gap = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const month = MONTHS.get(t.key);
    if (!month || (ENGLISH_MONTHS.has(t.key) && !/^\p{Lu}/u.test(t.surface))) continue;
    let first = i;
    let last = i;
    let day: number | undefined;
    // Day before: "27 July", "27-28 July", "27th of July".
    let d = i - 1;
    if (tokens[d]?.key === 'of' && /^\s+$/.test(gap(d, i))) d--;
    if (d >= 0 && DAY_TOKEN.test(tokens[d]!.key) && /^[\s.]*$/.test(gap(d, d + 1))) {
      first = d;
      if (d >= 2 && DAY_TOKEN.test(tokens[d - 1]!.key) && /^\s*(?:[-–—&]|to|and)\s*$/.test(gap(d - 1, d))) first = d - 1;
      else if (d >= 2 && /^(?:to|and)$/.test(tokens[d - 1]!.key) && DAY_TOKEN.test(tokens[d - 2]?.key ?? '')) first = d - 2;
      day = Number(DAY_TOKEN.exec(tokens[first]!.key)![1]);
    } else if (i + 1 < tokens.length && DAY_TOKEN.test(tokens[i + 1]!.key) && /^\.?\s+$/.test(gap(i, i + 1))) {
      // Day after: "July 27", "July 27-28".
      day = Number(DAY_TOKEN.exec(tokens[i + 1]!.key)![1]);
      last = i + 1;
      if (i + 2 < tokens.length && DAY_TOKEN.test(tokens[i + 2]!.key) && /^\s*[-–—]\s*$/.test(gap(i + 1, i + 2))) last = i + 2;
    }
    let year: number | undefined;
    const y = last + 1;
    if (y < tokens.length && YEAR_TOKEN.test(tokens[y]!.key) && /^[.,]?\s+(?:of\s+)?$/.test(gap(last, y))) {
      year = Number(tokens[y]!.key);
      last = y;
    }
    if (day === undefined && year === undefined) continue;
    let weekday: number | undefined;
    const w = first - 1;
    if (w >= 0 && WEEKDAYS.includes(tokens[w]!.key) && /^,?\s+$/.test(gap(w, first))) {
      weekday = WEEKDAYS.indexOf(tokens[w]!.key);
      first = w;
    }
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    out.push({
      start,
      month,
      day,
      year,
      weekday: weekday ?? (day !== undefined ? sentenceWeekday(doc, start) : undefined),
      score: score(doc, start, end, { day: day === undefined ? undefined : String(day) }),
    });
    i = last;
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
    const doc = analyse(line);
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
