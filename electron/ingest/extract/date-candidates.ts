import type { AnalysedText } from './document';

/**
 * Every date a text writes, as a candidate for the meeting's date: "27 July 2024", "July 27",
 * "2024-07-27", "12.02.2024" (day first), "05/23/2024" (month first when the day shows it, or
 * when the text writes its dates month first), "July 2024", Russian and French month names.
 * Each carries what its context says (a dateline, meeting phrasing, another event, a time
 * ahead) as a score; meeting-date.ts resolves missing years and picks one.
 */
export interface DateCandidate {
  start: number;
  end: number;
  month: number;
  day?: number;
  year?: number;
  /** The weekday written with the date, or the one weekday its sentence names. */
  weekday?: number;
  score: number;
  /** How the candidate stands in the text: "dateline", "title", "meeting sentence", ... */
  role: string;
  /** The sentence says the date lies ahead ("will be held on", "scheduled for"). */
  ahead: boolean;
  /** The date belongs to another, earlier event ("since July 2000", "founded in"). */
  other: boolean;
  /** "wrapped up their two-day summit ... on 4 July": the date is the last of this many days. */
  lastOfDays?: number;
}

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
/** English month names must be capitalised ("may", "march" are words). */
const ENGLISH_MONTHS = new Set(MONTH_NAMES.flatMap((names) => names.filter((n) => /^[a-z]+$/.test(n) && !/^(?:janvier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|fevrier)$/.test(n))));
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_TOKEN = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR_TOKEN = /^(?:19|20)\d\d$/;

const MEETING_CONTEXT = /\b(?:held|met|meet|meeting|meetings|summit|session|talks|visit|visited|took place|convened|gathered|attended|hosted|opened|addressed|ministerial|conference|forum|signed|agreed|discussed|call|spoke|phone)\b/i;
const OTHER_EVENT = /\b(?:since|founded|established|anniversary|last year|previous|former|expires?|for \d{4}|until|by the end of|deadline|born|first visit|ago)\b[^.;]{0,30}$/i;
const AHEAD = /\b(?:scheduled|will be held|will take place|will host|will meet|will convene|will visit|is to (?:be held|meet|host)|are to meet|next|upcoming|forthcoming|planned|due to|expected to|set to|ahead of|to be held)\b[^.;]{0,40}$/i;

/** Candidates in one analysed text; `usFirst`: ambiguous slash dates are month first. */
export function collectDates(doc: AnalysedText, usFirst: boolean): DateCandidate[] {
  const out = monthDates(doc);
  numericDates(doc, usFirst, out);
  return out;
}

/** True when the text writes its named dates month first ("July 27, 2024"), as US sources do. */
export function writesMonthFirst(text: string): boolean {
  const monthFirst = (text.match(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b/g) ?? []).length;
  const dayFirst = (text.match(/\b\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/g) ?? []).length;
  return monthFirst > dayFirst;
}

function numericDates(doc: AnalysedText, usFirst: boolean, out: DateCandidate[]): void {
  const text = doc.text;
  for (const m of text.matchAll(/(?<![\d./-])(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d/])/g)) {
    push(doc, out, m.index, m.index + m[0].length, Number(m[2]), Number(m[3]), Number(m[1]));
  }
  for (const m of text.matchAll(/(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d/-])/g)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Dots and dashes are day first everywhere; a slash is month first when the day shows it
    // (05/23/2024) or when the text writes its dates month first.
    const monthFirst = m[2] === '/' && (b > 12 || (a <= 12 && usFirst));
    push(doc, out, m.index, m.index + m[0].length, monthFirst ? a : b, monthFirst ? b : a, Number(m[4]));
  }
}

function push(doc: AnalysedText, out: DateCandidate[], start: number, end: number, month: number, day: number, year: number): void {
  if (!month || month > 12 || !day || day > 31) return;
  out.push(withContext(doc, { start, end, month, day, year, weekday: sentenceWeekday(doc, start) }));
}

/**
 * "27 July 2024", "July 27, 2024", "Saturday, 27 July", "27-28 July", "27th of July", "July
 * 2024", "27 июля 2024 года", "30 June - 2 July 2024" (the first day takes the last's year).
 */
function monthDates(doc: AnalysedText): DateCandidate[] {
  const { tokens, text } = doc;
  const gap = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start);
  const out: DateCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const month = MONTHS.get(t.key);
    if (!month || (ENGLISH_MONTHS.has(t.key) && !/^\p{Lu}/u.test(t.surface))) continue;
    let first = i;
    let last = i;
    let day: number | undefined;
    let d = i - 1;
    if (tokens[d]?.key === 'of' && /^\s+$/.test(gap(d, i))) d--;
    if (d >= 0 && DAY_TOKEN.test(tokens[d]!.key) && /^[\s.]*$/.test(gap(d, d + 1)) && !/[\d:]$/.test(text.slice(0, tokens[d]!.start))) {
      first = d;
      if (d >= 2 && DAY_TOKEN.test(tokens[d - 1]!.key) && /^\s*(?:[-–—&]|to|and)\s*$/.test(gap(d - 1, d))) first = d - 1;
      else if (d >= 2 && /^(?:to|and)$/.test(tokens[d - 1]!.key) && DAY_TOKEN.test(tokens[d - 2]?.key ?? '')) first = d - 2;
      day = Number(DAY_TOKEN.exec(tokens[first]!.key)![1]);
    } else if (i + 1 < tokens.length && DAY_TOKEN.test(tokens[i + 1]!.key) && /^\.?,?\s+$/.test(gap(i, i + 1)) && !/^[:.]\d/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 2))) {
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
    if (w >= 0 && WEEKDAYS.includes(tokens[w]!.key) && /^,?\s+(?:the\s+)?$/.test(gap(w, first))) {
      weekday = WEEKDAYS.indexOf(tokens[w]!.key);
      first = w;
    }
    const start = tokens[first]!.start;
    out.push(withContext(doc, { start, end: tokens[last]!.end, month, day, year, weekday: weekday ?? (day !== undefined ? sentenceWeekday(doc, start) : undefined) }));
    i = last;
  }
  borrowRangeYears(doc, out);
  return out;
}

/** "30 June - 2 July 2024", "from 30 June to 2 July 2024": the first day takes the year of the last. */
function borrowRangeYears(doc: AnalysedText, out: DateCandidate[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (a.year === undefined && b.year !== undefined && a.day !== undefined && /^\s*(?:[-–—]|to|until|and|through)\s*$/.test(doc.text.slice(a.end, b.start))) {
      a.year = a.month > b.month ? b.year - 1 : b.year;
    }
  }
}

/**
 * "NOV 6 - ... met on Monday": the one weekday named in the date's sentence, if any. A
 * dateline on a line of its own ("Brussels, 4 April -") takes the weekday of the lead below it.
 */
function sentenceWeekday(doc: AnalysedText, at: number): number | undefined {
  const k = doc.sentences.findIndex((x) => x.end > at);
  if (k < 0) return undefined;
  const sentence = doc.sentences[k]!;
  const own = weekdayIn(doc.text.slice(sentence.start, sentence.end));
  if (own !== null || sentence.end - sentence.start > 60 || !doc.sentences[k + 1]) return own ?? undefined;
  const next = doc.sentences[k + 1]!;
  return weekdayIn(doc.text.slice(next.start, next.end)) ?? undefined;
}

/** The one weekday a sentence names; null for none, undefined for several. */
function weekdayIn(text: string): number | null | undefined {
  const days = new Set([...text.matchAll(/\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi)].map((m) => m[1]!.toLowerCase()));
  if (days.size === 0) return null;
  return days.size === 1 ? WEEKDAYS.indexOf([...days][0]!) : undefined;
}

type Bare = Omit<DateCandidate, 'score' | 'role' | 'ahead' | 'other'>;

/** The candidate's standing in the text, from the line and sentence around it. */
function withContext(doc: AnalysedText, c: Bare): DateCandidate {
  const sentenceIndex = doc.sentences.findIndex((s) => s.end >= c.end);
  const sentence = doc.sentences[Math.max(0, sentenceIndex)]!;
  const text = doc.text.slice(sentence.start, sentence.end);
  const before = doc.text.slice(Math.max(sentence.start, c.start - 70), c.start);
  const lineStart = doc.text.lastIndexOf('\n', c.start) + 1;
  const lineEnd = doc.text.indexOf('\n', c.start);
  const line = doc.text.slice(lineStart, lineEnd < 0 ? doc.text.length : lineEnd);
  let score = 0;
  let role = 'in the text';
  // Dateline: "VIENTIANE, July 27 (Reuters) -", "Ta' Qali, Malta, 6 December 2024", "Moscow, 27 July 2024 —".
  if (lineStart < 400 && /^[\p{Lu}][\p{L} .'’-]{1,40}(?:,\s*[\p{Lu}][\p{L} .'’-]{1,30})?(?:,|\s[-–—])\s*$/u.test(doc.text.slice(lineStart, c.start))) {
    score += 4;
    role = 'dateline';
  } else if (lineStart === 0 && line.length < 200) {
    score += 3;
    role = 'title';
  }
  const ahead = AHEAD.test(before) || /\bwill\b[^.;]{0,40}$/i.test(before);
  const other = OTHER_EVENT.test(before.slice(-45)) || /^\s*(?:[-–]|to)\s*\d{4}/.test(doc.text.slice(c.end, c.end + 8));
  if (MEETING_CONTEXT.test(text)) {
    score += 2;
    if (role === 'in the text') role = 'meeting sentence';
  }
  if (/\b(?:on|held on|met on|dated)\s*$/i.test(before)) score += 1.5;
  // A date ahead in the lead is the announced meeting a preview is about; further down, the next one.
  if (other) score -= 3;
  else if (ahead) score -= sentenceIndex <= 2 ? 0.5 : 3;
  if (c.day !== undefined) score += 1;
  score += 1.5 * (1 - Math.min(sentenceIndex, 10) / 10);
  const span = /\b(two|three|four|2|3|4)-day\b/i.exec(text);
  const ended = span && /\b(?:ended|concluded|wrapped up|closed|came to a close)\b[^.;]{0,80}$/i.test(doc.text.slice(sentence.start, c.start));
  const lastOfDays = ended ? ({ two: 2, three: 3, four: 4 } as Record<string, number>)[span[1]!.toLowerCase()] ?? Number(span[1]) : undefined;
  return { ...c, score, role, ahead, other, ...(lastOfDays ? { lastOfDays } : {}) };
}

/** "today", "yesterday", "on Monday": days counted back from the publication date. */
export function relativeDates(doc: AnalysedText, published: string): DateCandidate[] {
  const base = Date.parse(`${published}T00:00:00Z`);
  const baseDay = new Date(base).getUTCDay();
  const out: DateCandidate[] = [];
  for (const m of doc.text.matchAll(/\b(?:(today|yesterday)|(?:on|last|this)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?!,?\s+(?:\d|[A-Z][a-z]+\s+\d)))\b/gi)) {
    const weekday = m[2] ? WEEKDAYS.indexOf(m[2].toLowerCase()) : -1;
    // "would meet on Saturday": ahead of the publication date, so counted forward.
    const ahead = weekday >= 0 && /\b(?:will|would|shall|are to|is to|to meet|due)\b[^.;]{0,50}$/i.test(doc.text.slice(Math.max(0, m.index - 60), m.index));
    const shift = m[1] ? (m[1].toLowerCase() === 'today' ? 0 : -1) : ahead ? (weekday - baseDay + 7) % 7 : -((baseDay - weekday + 7) % 7);
    const d = new Date(base + shift * 86_400_000);
    const c = withContext(doc, { start: m.index, end: m.index + m[0].length, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    // "met today", "spoke on Tuesday": the verb of the meeting right before the day.
    const verb = /\b(?:met|spoke|talked|held talks|convened|gathered|opened|hosted|meeting|meet)\s+(?:\w+\s+){0,3}$/i.test(doc.text.slice(Math.max(0, m.index - 40), m.index)) ? 1.5 : 0;
    out.push({ ...c, score: c.score - 0.5 + verb - (c.role === 'dateline' || c.role === 'title' ? 3 : 0), role: `'${m[0]}' counted from the publication date` });
  }
  out.push(...weekdayAndDay(doc, base));
  return out;
}

/**
 * "met in Shusha on Saturday 6th": a weekday and a day of the month, no month. The date is the
 * nearest day before the publication date (after it, when the sentence looks ahead) that is
 * that weekday and that day of a month, within three months.
 */
function weekdayAndDay(doc: AnalysedText, base: number): DateCandidate[] {
  const out: DateCandidate[] = [];
  const re = /\b(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;
  for (const m of doc.text.matchAll(re)) {
    const weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    const dayOfMonth = Number(m[2]);
    const ahead = AHEAD.test(doc.text.slice(Math.max(0, m.index - 60), m.index));
    for (let k = 0; k <= 92; k++) {
      const d = new Date(base + (ahead ? k : -k) * 86_400_000);
      if (d.getUTCDate() !== dayOfMonth || d.getUTCDay() !== weekday) continue;
      const c = withContext(doc, { start: m.index, end: m.index + m[0].length, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: dayOfMonth });
      out.push({ ...c, role: `'${m[0].trim()}' counted from the publication date` });
      break;
    }
  }
  return out;
}
