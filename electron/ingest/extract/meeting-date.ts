import { collectDates, relativeDates, writesMonthFirst, WEEKDAYS, type DateCandidate } from './date-candidates';
import type { AnalysedText } from './document';
import { clip, headerDates, iso, validDay, type Published } from './publication-date';
import type { FieldEvidence, Range } from './types';

/**
 * The date of the meeting, by evidence and constraints rather than by the first number that
 * looks like a year. Candidates come from the body (dateline and title first, then dates in
 * sentences about the meeting) and from the header lines cleaning removed; "today", "on
 * Monday" count back from the publication date. A missing year comes from the publication
 * date (the latest such day not after it, or the next one when the text says the date lies
 * ahead), checked against a weekday the text names; without a publication date, from the
 * weekday near the years the text gives. No candidate after the publication date survives
 * unless its sentence says it lies ahead. Precision stays what the text gives: "July 2024"
 * is "2024-07".
 */
export interface MeetingDate {
  date: string;
  precision: 'day' | 'month';
  info: FieldEvidence;
}

interface Resolved {
  c: DateCandidate;
  year: number;
  score: number;
  /** Clauses of the note, in order. */
  reasons: string[];
  inBody: boolean;
  surface: string;
  yearPenalty: number;
}

const DAY_MS = 86_400_000;

export function findMeetingDate(doc: AnalysedText, published: Published | undefined, header: readonly string[]): MeetingDate | null {
  const fromBody = collectDates(doc, writesMonthFirst(header.length ? `${header.join('\n')}\n${doc.text}` : doc.text));
  const all: Array<{ c: DateCandidate; line?: string }> = fromBody.map((c) => ({ c }));
  // Wire datelines are often dated the day after the meeting: "SEOUL, Nov 5 - ... met on Monday (Nov 4)".
  for (const c of fromBody) {
    if (c.role === 'dateline' && c.weekday !== undefined && c.day !== undefined && c.day > 1) {
      all.push({ c: { ...c, day: c.day - 1, score: c.score - 1.2, role: 'dateline (dated the day after the meeting)' } });
    }
  }
  for (const h of headerDates(header)) all.push({ c: h, line: h.line });
  if (published) for (const c of relativeDates(doc, published.date)) all.push({ c });
  if (all.length === 0) return published ? fromPublication(published) : null;
  const reference = published ? undefined : referenceYear(doc, fromBody);
  const resolved: Resolved[] = [];
  for (const { c, line } of all) {
    const r = resolve(c, published, reference);
    if (!r) continue;
    const surface = line !== undefined ? line.slice(c.start, c.end) : doc.text.slice(c.start, c.end);
    // A year found by counting back to a weekday is likelier recent: each year further back costs.
    const age = r.note.includes('latest such year') ? 0.3 * Math.max(0, new Date().getUTCFullYear() - r.year) : 0;
    const item: Resolved = { c, year: r.year, score: c.score - age, reasons: [], inBody: line === undefined, surface, yearPenalty: r.penalty };
    if (r.note) item.reasons.push(r.note);
    if (c.day !== undefined && !validDay(r.year, c.month, c.day)) continue;
    if (c.weekday !== undefined && c.day !== undefined) {
      const agrees = weekdayOf(r.year, c.month, c.day) === c.weekday;
      if (agrees && c.year !== undefined) item.reasons.unshift(`${cap(WEEKDAYS[c.weekday]!)} agrees`);
      if (!agrees) item.score -= 3;
    }
    if (published && isAfter(r.year, c, published.date)) {
      if (!c.ahead) continue; // a report does not date its meeting after its own publication
      item.reasons.push('the text says it lies ahead');
    } else if (published && c.day !== undefined) {
      // Reports follow their meetings closely: a day or two before publication is the norm, a
      // date months before it is usually another event's.
      const before = (Date.parse(`${published.date}T00:00:00Z`) - Date.UTC(r.year, c.month - 1, c.day)) / DAY_MS;
      if (before <= 1) item.score += 1.5;
      else if (before <= 7) item.score += 0.5;
      else if (before > 60) item.score -= c.year === undefined ? 2 : 1;
    }
    resolved.push(item);
  }
  if (resolved.length === 0) return published ? fromPublication(published) : null;
  resolved.sort((a, b) => b.score - a.score || Number(b.inBody) - Number(a.inBody) || a.c.start - b.c.start);
  const best = resolved[0]!;
  if (best.c.lastOfDays && best.c.day !== undefined) {
    // A meeting is dated by its first day: "wrapped up their two-day summit on 4 July" began on 3 July.
    const first = new Date(Date.UTC(best.year, best.c.month - 1, best.c.day - (best.c.lastOfDays - 1)));
    best.year = first.getUTCFullYear();
    best.c = { ...best.c, month: first.getUTCMonth() + 1, day: first.getUTCDate() };
    best.reasons.push(`first day of a ${best.c.lastOfDays}-day meeting that ended then`);
  }
  const date = iso({ year: best.year, month: best.c.month, day: best.c.day });
  const rival = resolved.find((r) => iso({ year: r.year, month: r.c.month, day: r.c.day }) !== date);
  return {
    date,
    precision: best.c.day === undefined ? 'month' : 'day',
    info: { confidence: confidenceOf(best, rival), evidence: best.inBody ? [[best.c.start, best.c.end] as Range] : [], note: noteOf(best) },
  };
}

/**
 * A readout or press release that dates nothing in its text: it is usually issued the day of
 * the meeting, so the publication date stands in, with a low confidence that says so.
 */
function fromPublication(published: Published): MeetingDate {
  return { date: published.date, precision: 'day', info: { confidence: 0.4, evidence: [], note: `no date in the text; ${published.from.replace(/^the /, 'the ')} as the nearest evidence` } };
}

/** The year of a candidate written without one, and why. */
function resolve(c: DateCandidate, published: Published | undefined, reference: Reference | undefined): { year: number; note: string; penalty: number } | undefined {
  if (c.year !== undefined) return { year: c.year, note: '', penalty: 0 };
  if (c.day === undefined) return undefined;
  const day = c.day;
  const weekday = c.weekday !== undefined ? cap(WEEKDAYS[c.weekday]!) : '';
  if (published) {
    const p = Date.parse(`${published.date}T00:00:00Z`);
    const py = Number(published.date.slice(0, 4));
    const fits = (y: number) => {
      const t = Date.UTC(y, c.month - 1, day);
      return c.ahead ? t >= p - DAY_MS : t <= p + DAY_MS;
    };
    const order = c.ahead ? [py, py + 1] : [py, py - 1];
    const pubText = `publication date ${longDate(published.date)}`;
    if (c.weekday !== undefined) {
      const more = c.ahead ? [py + 2, py + 3] : [py - 2, py - 3, py - 4, py - 5, py - 6];
      const y = [...order, ...more].find((x) => fits(x) && weekdayOf(x, c.month, day) === c.weekday);
      if (y !== undefined) return { year: y, note: `${weekday} agrees; year from ${pubText}`, penalty: y === order.find(fits) ? 0 : 0.1 };
    }
    const y = order.find(fits) ?? py;
    return { year: y, note: `year from ${pubText}${c.weekday !== undefined ? ` (${weekday} does not agree)` : ''}`, penalty: c.weekday !== undefined ? 0.25 : 0.05 };
  }
  const now = new Date().getUTCFullYear();
  if (reference && c.weekday !== undefined && reference.loose) {
    // Plain years are history ("since 2012"): the meeting is the latest weekday match not before them.
    for (let y = now; y >= reference.year; y--) if (weekdayOf(y, c.month, day) === c.weekday) return { year: y, note: `${weekday} agrees; latest such year not before ${reference.from}`, penalty: 0.2 };
  }
  if (reference) {
    if (c.weekday !== undefined) {
      for (let k = 0; k <= 6; k++) {
        for (const y of k === 0 ? [reference.year] : [reference.year - k, reference.year + k]) {
          // A meeting the text does not announce has taken place: not in a year still to come.
          if (y > now && !c.ahead) continue;
          if (weekdayOf(y, c.month, day) === c.weekday) return { year: y, note: `${weekday} agrees; year nearest ${reference.from}`, penalty: k === 0 ? 0.1 : 0.15 };
        }
      }
    }
    return { year: reference.year, note: `year from ${reference.from}`, penalty: 0.2 };
  }
  if (c.weekday !== undefined) {
    for (let y = now; y > now - 12; y--) if (weekdayOf(y, c.month, day) === c.weekday) return { year: y, note: `${weekday} agrees; latest such year (no year in the text)`, penalty: 0.3 };
  }
  return { year: now, note: 'year assumed: the current year (none in the text)', penalty: 0.4 };
}

/**
 * Without a publication date, the year the text is about: that of its best-placed full date
 * (not another event's, not one ahead), else its most frequent plain year that is no target,
 * term or anniversary ("by 2030", "Chairmanship in 2026", "since 2000", "Vision 2045").
 */
interface Reference {
  year: number;
  from: string;
  /** Only plain years, no full date: a bound from below rather than the year itself. */
  loose: boolean;
}

function referenceYear(doc: AnalysedText, candidates: readonly DateCandidate[]): Reference | undefined {
  const now = new Date().getUTCFullYear();
  const anniversary = anniversaryYear(doc.text, now);
  if (anniversary) return anniversary;
  const full = candidates.filter((c) => c.year !== undefined && !c.other && !c.ahead && c.year <= now).sort((a, b) => b.score - a.score)[0];
  if (full) return { year: full.year!, from: `the text's date '${clip(doc.text.slice(full.start, full.end), 30)}'`, loose: false };
  const counts = new Map<number, number>();
  for (const m of doc.text.matchAll(/(?<![\d.,/-])(19[5-9]\d|20\d\d)(?![\d-])/g)) {
    const before = doc.text.slice(Math.max(0, m.index - 40), m.index);
    const after = doc.text.slice(m.index + 4, m.index + 16);
    const y = Number(m[1]);
    if (y > now) continue;
    if (/\b(?:by|until|till|through|to|beyond|towards?|since|from|vision|agenda|strategy|horizon|before)\s+(?:the\s+)?(?:year\s+)?(?:of\s+)?$/i.test(before)) continue;
    if (/\b(?:chairmanship|presidency|chairs?|chairing|hosts?|hosting|term|mandate|elections?|cup|expo|olympics|games|will|next|upcoming|founded|established|since|anniversary)\b[^.;]{0,24}$/i.test(before)) continue;
    if (/^\s*(?:agenda|vision|goals?|targets?|strategy|[-–]\s*\d)/i.test(after)) continue;
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  // The latest year the text looks back on: what it reports is no older than its history.
  const latest = Math.max(...counts.keys());
  return counts.size ? { year: latest, from: `the latest year the text names (${latest})`, loose: true } : undefined;
}

/**
 * "marking 75 years since the Treaty was signed on 4 April 1949", "the 30th anniversary of
 * ... in 1994": the year the text is written in is the founding year plus the count.
 */
function anniversaryYear(text: string, now: number): Reference | undefined {
  for (const m of text.matchAll(/\b(\d{1,3})(?:st|nd|rd|th)?(?:[- ]years?\b(?: since| after| of)?|[- ]anniversary\b)/gi)) {
    const window = text.slice(m.index, m.index + 200).split(/[.!?]\s/, 1)[0]!;
    const base = /\b(1[89]\d\d|20\d\d)\b/.exec(window);
    if (!base) continue;
    const year = Number(base[1]) + Number(m[1]);
    if (year <= now && year > 1945) return { year, from: `the anniversary '${clip(m[0], 20)} … ${base[1]}'`, loose: false };
  }
  return undefined;
}

function isAfter(year: number, c: DateCandidate, published: string): boolean {
  if (c.day === undefined) return `${year}-${String(c.month).padStart(2, '0')}` > published.slice(0, 7);
  return Date.UTC(year, c.month - 1, c.day) > Date.parse(`${published}T00:00:00Z`) + DAY_MS;
}

function confidenceOf(best: Resolved, rival: Resolved | undefined): number {
  const role = best.c.role;
  let c = role === 'dateline' ? 0.9 : role === 'title' ? 0.85 : role.startsWith('header') ? 0.75 : role === 'meeting sentence' ? 0.75 : role.includes('counted') ? 0.7 : 0.55;
  c -= best.yearPenalty;
  if (best.c.day === undefined) c -= 0.1;
  if (rival && best.score - rival.score < 1) c -= 0.1;
  return Math.round(Math.max(0.1, Math.min(0.98, c)) * 100) / 100;
}

function noteOf(r: Resolved): string {
  const role = r.c.role;
  const head = role.startsWith('header') || role.includes('counted') ? role : `${role} '${clip(r.surface, 40)}'`;
  return [head, ...r.reasons, ...(r.c.day === undefined ? ['month only, no day given'] : [])].join('; ');
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function longDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m! - 1]} ${y}`;
}
