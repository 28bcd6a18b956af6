import { foldName, type NameResolver } from './name-resolver';

/**
 * Scores extractions against the hand-labelled test set: per-field precision, recall and F1
 * for forums, actors and themes (micro-averaged over all articles), exact-date rate, city
 * accuracy, share of noise lines removed and of content sentences kept.
 */

export interface ExpectedLabels {
  fileDate?: string;
  forums: string[];
  actors: { name: string; type: string }[];
  themes: string[];
  date: string | null;
  city: string | null;
  country: string | null;
  noise: string[];
  content: string[];
}

/** The part of the extraction contract (DESIGN.md) the scorer reads. */
export interface ExtractionLike {
  date?: string | null;
  location?: { city?: string | null; country?: string | null } | null;
  forums?: { name: string }[];
  actors?: { name: string; type?: string }[];
  themes?: { id: string }[];
  body?: string;
}

export interface SetCounts {
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  spurious: string[];
}

export interface ArticleScore {
  file: string;
  forums: SetCounts;
  actors: SetCounts & { typeAgreements: number; typeMismatches: string[] };
  themes: SetCounts;
  /** ok: the same date; near: the same, or both days at most 3 days apart. */
  date: { expected: string | null; actual: string | null; ok: boolean; near: boolean };
  city: { expected: string | null; actual: string | null; ok: boolean };
  country: { expected: string | null; actual: string | null; ok: boolean };
  noise: { total: number; kept: string[] };
  content: { total: number; lost: string[] };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalSummary {
  articles: number;
  forums: Prf;
  actors: Prf & { typeAccuracy: number };
  themes: Prf;
  dateExact: number;
  /** Share of articles dated exactly or, both being days, within 3 days. */
  dateWithin3: number;
  cityAccuracy: number;
  countryAccuracy: number;
  noiseRemoved: number;
  contentKept: number;
}

export const TARGETS = {
  forumF1: 0.95,
  actorF1: 0.9,
  themeF1: 0.8,
  dateExact: 0.95,
  cityAccuracy: 0.9,
  noiseRemoved: 1,
  contentKept: 1,
} as const;

export function scoreArticle(file: string, expected: ExpectedLabels, actual: ExtractionLike, resolve: NameResolver): ArticleScore {
  const body = actual.body ?? '';
  const actualCity = actual.location?.city ?? null;
  const actualCountry = actual.location?.country ?? null;
  const actualDate = actual.date ?? null;
  return {
    file,
    forums: compareSets(expected.forums, (actual.forums ?? []).map((f) => f.name), (a, b) => resolve(a) === resolve(b)),
    actors: compareActors(expected.actors, actual.actors ?? [], resolve),
    themes: compareSets(expected.themes, (actual.themes ?? []).map((t) => t.id), (a, b) => a === b),
    date: { expected: expected.date, actual: actualDate, ok: expected.date === actualDate, near: expected.date === actualDate || daysApart(expected.date, actualDate) <= 3 },
    city: { expected: expected.city, actual: actualCity, ok: sameOptionalName(expected.city, actualCity, resolve) },
    country: { expected: expected.country, actual: actualCountry, ok: sameOptionalName(expected.country, actualCountry, resolve) },
    noise: { total: expected.noise.length, kept: expected.noise.filter((line) => lineSurvives(line, body)) },
    content: { total: expected.content.length, lost: expected.content.filter((sentence) => !sentenceSurvives(sentence, body)) },
  };
}

export function summarise(scores: ArticleScore[]): EvalSummary {
  const sum = (pick: (s: ArticleScore) => SetCounts) => prf(scores.map(pick));
  const actors = sum((s) => s.actors);
  const matchedActors = scores.reduce((n, s) => n + s.actors.tp, 0);
  const typeAgreements = scores.reduce((n, s) => n + s.actors.typeAgreements, 0);
  const rate = (ok: number, total: number) => (total === 0 ? 1 : ok / total);
  const noiseTotal = scores.reduce((n, s) => n + s.noise.total, 0);
  const noiseKept = scores.reduce((n, s) => n + s.noise.kept.length, 0);
  const contentTotal = scores.reduce((n, s) => n + s.content.total, 0);
  const contentLost = scores.reduce((n, s) => n + s.content.lost.length, 0);
  return {
    articles: scores.length,
    forums: sum((s) => s.forums),
    actors: { ...actors, typeAccuracy: rate(typeAgreements, matchedActors) },
    themes: sum((s) => s.themes),
    dateExact: rate(scores.filter((s) => s.date.ok).length, scores.length),
    dateWithin3: rate(scores.filter((s) => s.date.near).length, scores.length),
    cityAccuracy: rate(scores.filter((s) => s.city.ok).length, scores.length),
    countryAccuracy: rate(scores.filter((s) => s.country.ok).length, scores.length),
    noiseRemoved: rate(noiseTotal - noiseKept, noiseTotal),
    contentKept: rate(contentTotal - contentLost, contentTotal),
  };
}

/**
 * The goals of issue 13 for articles the extractor was not tuned on (the development set's
 * held-out half and the team's unseen sets): stricter on dates and actors than TARGETS.
 */
export const UNSEEN_GOALS = {
  dateExact: 0.88,
  dateWithin3: 0.92,
  forumF1: 0.93,
  actorF1: 0.95,
  actorPrecision: 0.97,
  themeF1: 0.85,
  cityAccuracy: 0.95,
  noiseRemoved: 1,
} as const;

/** Which of UNSEEN_GOALS the summary misses, as readable lines; empty when all are met. */
export function missedGoals(s: EvalSummary, goals: typeof UNSEEN_GOALS = UNSEEN_GOALS): string[] {
  const checks: [string, number, number][] = [
    ['date exact', s.dateExact, goals.dateExact],
    ['date within 3 days', s.dateWithin3, goals.dateWithin3],
    ['forum F1', s.forums.f1, goals.forumF1],
    ['actor F1', s.actors.f1, goals.actorF1],
    ['actor precision', s.actors.precision, goals.actorPrecision],
    ['theme F1', s.themes.f1, goals.themeF1],
    ['city accuracy', s.cityAccuracy, goals.cityAccuracy],
    ['noise removed', s.noiseRemoved, goals.noiseRemoved],
  ];
  return checks.filter(([, value, target]) => value < target).map(([label, value, target]) => `${label} ${value.toFixed(3)} < ${target}`);
}

/** Which targets the summary misses, as readable lines; empty when all are met. */
export function missedTargets(s: EvalSummary): string[] {
  const checks: [string, number, number][] = [
    ['forum F1', s.forums.f1, TARGETS.forumF1],
    ['actor F1', s.actors.f1, TARGETS.actorF1],
    ['theme F1', s.themes.f1, TARGETS.themeF1],
    ['date exact', s.dateExact, TARGETS.dateExact],
    ['city accuracy', s.cityAccuracy, TARGETS.cityAccuracy],
    ['noise removed', s.noiseRemoved, TARGETS.noiseRemoved],
    ['content kept', s.contentKept, TARGETS.contentKept],
  ];
  return checks.filter(([, value, target]) => value < target).map(([label, value, target]) => `${label} ${value.toFixed(3)} < ${target}`);
}

/** Days between two "YYYY-MM-DD" dates; Infinity when either is missing or less precise than a day. */
export function daysApart(a: string | null, b: string | null): number {
  if (!a || !b || !/^\d{4}-\d{2}-\d{2}$/.test(a) || !/^\d{4}-\d{2}-\d{2}$/.test(b)) return Infinity;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function prf(counts: SetCounts[]): Prf {
  const tp = counts.reduce((n, c) => n + c.tp, 0);
  const fp = counts.reduce((n, c) => n + c.fp, 0);
  const fn = counts.reduce((n, c) => n + c.fn, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** One-to-one greedy matching: each expected item is matched by at most one actual item. */
function compareSets(expected: string[], actual: string[], same: (e: string, a: string) => boolean): SetCounts {
  const unused = [...new Set(actual)];
  const missed: string[] = [];
  let tp = 0;
  for (const e of new Set(expected)) {
    const i = unused.findIndex((a) => same(e, a));
    if (i < 0) missed.push(e);
    else {
      tp++;
      unused.splice(i, 1);
    }
  }
  return { tp, fp: unused.length, fn: missed.length, missed, spurious: unused };
}

function compareActors(expected: ExpectedLabels['actors'], actual: { name: string; type?: string }[], resolve: NameResolver) {
  const unused = dedupeByName(actual, resolve);
  const missed: string[] = [];
  const typeMismatches: string[] = [];
  let tp = 0;
  let typeAgreements = 0;
  // Exact (alias-resolved) matches first, so a loose person match cannot steal another's partner.
  const pending: ExpectedLabels['actors'] = [];
  for (const e of expected) {
    const i = unused.findIndex((a) => resolve(a.name) === resolve(e.name));
    if (i < 0) pending.push(e);
    else take(e, i);
  }
  for (const e of pending) {
    const i = e.type === 'person' ? unused.findIndex((a) => samePerson(e.name, a.name)) : -1;
    if (i < 0) missed.push(e.name);
    else take(e, i);
  }
  function take(e: { name: string; type: string }, i: number) {
    const a = unused.splice(i, 1)[0]!;
    tp++;
    if (a.type === e.type) typeAgreements++;
    else typeMismatches.push(`${e.name}: ${e.type} ≠ ${a.type ?? 'none'}`);
  }
  return { tp, fp: unused.length, fn: missed.length, missed, spurious: unused.map((a) => a.name), typeAgreements, typeMismatches };
}

function dedupeByName<T extends { name: string }>(items: T[], resolve: NameResolver): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = resolve(item.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const NAME_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'del', 'la', 'le', 'van', 'von', 'der', 'bin', 'bint', 'al', 'el', 'ibn', 'jr', 'sr', 'ii', 'iii', 'dr', 'mr', 'ms', 'mrs']);

/**
 * Person names match across transliteration and short forms: "Sergei Lavrov" = "Sergey
 * Lavrov" (same surname, same initial), "S. Jaishankar" = "Subrahmanyam Jaishankar",
 * "Lula" = "Luiz Inácio Lula da Silva" (every word of the shorter name is in the longer).
 */
export function samePerson(a: string, b: string): boolean {
  const ta = personTokens(a);
  const tb = personTokens(b);
  if (!ta.length || !tb.length) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.every((t) => long.includes(t))) return true;
  return short.length >= 2 && short[short.length - 1] === long[long.length - 1] && sameGivenName(short[0]!, long[0]!);
}

/** An initial matches any name it starts; full given names may differ by transliteration. */
function sameGivenName(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return a.slice(0, 3) === b.slice(0, 3) || editDistance(a, b) <= 2;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

function personTokens(name: string): string[] {
  return foldName(name)
    .split(' ')
    .filter((t) => t && !NAME_PARTICLES.has(t));
}

function sameOptionalName(expected: string | null, actual: string | null, resolve: NameResolver): boolean {
  if (expected === null || actual === null) return expected === actual;
  return resolve(expected) === resolve(actual);
}

/** Text as compared for survival: quotes, dashes, spaces and Markdown markup do not matter. */
export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, ' ')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A noise line survives when the body still has it as a line of its own, or (for lines long
 * enough not to occur by chance inside a sentence) anywhere in the body.
 */
export function lineSurvives(line: string, body: string): boolean {
  const target = comparable(line);
  // A line of markup only ("* *** *") survives only as itself.
  if (!target) return body.split('\n').some((l) => l.trim() === line.trim());
  if (body.split('\n').some((l) => comparable(l) === target)) return true;
  return target.length >= 25 && comparable(body).includes(target);
}

export function sentenceSurvives(sentence: string, body: string): boolean {
  return comparable(body).includes(comparable(sentence));
}

export { foldName };
