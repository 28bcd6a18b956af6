import type { Database } from 'better-sqlite3';
import { statements } from './statements';

/**
 * The search form of text in scripts the word index cannot search well (see migration 0060):
 * Chinese, Japanese and Korean get one token per character, so a name is found inside a
 * longer run without spaces (FTS5 phrase "习 近 平" matches consecutive tokens); Arabic and
 * Hebrew lose their vowel and cantillation marks and tatweel, and Arabic alef forms become one,
 * as Arabic search engines normalise (Larkey et al., "light stemming" normalisation), so
 * محمد finds مُحَمَّد and أحمد finds احمد.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const SCRIPT_WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Hebrew points and cantillation, Arabic harakat and Quranic marks, tatweel. */
const MARK_CLASS = '\\u0591-\\u05C7\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640';
const MARKS = new RegExp(`[${MARK_CLASS}]`, 'g');
/** Alef with hamza or madda, and alef wasla: searched as plain alef. */
const ALEF_FORMS = '\\u0622\\u0623\\u0625\\u0671';
const ALEF = new RegExp(`[${ALEF_FORMS}]`, 'g');

/** True when the text has characters this index serves (the rest is the word index's). */
export function hasScriptText(text: string): boolean {
  return CJK.test(text) || RTL.test(text);
}

function foldWord(word: string): string | undefined {
  if (CJK.test(word)) {
    // Every CJK character its own token; letters of other scripts in the word stay together.
    return word.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' $& ').trim().replace(/\s+/g, ' ');
  }
  if (RTL.test(word)) return word.replace(MARKS, '').replace(ALEF, '\u0627') || undefined;
  return undefined;
}

/** The words of `text` in those scripts, in search form, space-separated ('' when none). */
export function scriptSearchText(text: string): string {
  const out: string[] = [];
  for (const m of text.matchAll(SCRIPT_WORD)) {
    const folded = foldWord(m[0]);
    if (folded) out.push(folded);
  }
  return out.join(' ');
}

/**
 * Splits what a person typed: the words in those scripts become an FTS5 expression over the
 * script index (each a quoted phrase, so nothing typed is syntax), the rest stays for the
 * word index. Quotes around a phrase in those scripts are not needed: each word is a phrase.
 */
export function splitScriptQuery(text: string): { script: string | undefined; rest: string; terms: string[] } {
  const terms: string[] = [];
  const rest = text.replace(SCRIPT_WORD, (word) => {
    const folded = foldWord(word);
    if (!folded) return word;
    terms.push(folded);
    return ' ';
  });
  const script = terms.length ? terms.map((t) => `"${t}"`).join(' AND ') : undefined;
  return { script, rest: rest.replace(/""/g, ' '), terms };
}

const q = statements((db) => ({
  queued: db.prepare<[], { seq: number; text: string | null }>(
    `SELECT q.seq, s.title || ' ' || s.body || ' ' || s.key_points || ' ' || s.notes AS text
     FROM script_index_queue q LEFT JOIN summaries s ON s.seq = q.seq ORDER BY q.seq LIMIT 2000`,
  ),
  queueSize: db.prepare<[], number>('SELECT count(*) FROM script_index_queue').pluck(),
  forget: db.prepare<[number]>('DELETE FROM summaries_script WHERE rowid = ?'),
  index: db.prepare<[number, string]>('INSERT INTO summaries_script (rowid, text) VALUES (?, ?)'),
  done: db.prepare<[number]>('DELETE FROM script_index_queue WHERE seq = ?'),
  matches: db.prepare<[string], string>(
    "SELECT rowid || ':' || bm25(summaries_script) FROM summaries_script WHERE summaries_script MATCH ?",
  ).pluck(),
}));

/**
 * Indexes the summaries the triggers queued, 2,000 per transaction, reporting progress (an
 * upgraded library with many such summaries indexes them once, before its first search in
 * those scripts). Returns how many were indexed.
 */
export function indexQueuedScriptText(db: Database, onProgress?: (done: number) => void): number {
  let done = 0;
  for (;;) {
    const batch = q(db).queued.all();
    if (batch.length === 0) return done;
    db.transaction(() => {
      for (const { seq, text } of batch) {
        q(db).forget.run(seq);
        const folded = text ? scriptSearchText(text) : '';
        if (folded) q(db).index.run(seq, folded);
        q(db).done.run(seq);
      }
    })();
    done += batch.length;
    onProgress?.(done);
  }
}

/** How many summaries wait to be indexed. */
export function queuedScriptText(db: Database): number {
  return q(db).queueSize.get()!;
}

/** Summaries whose script text matches, by seq, with their bm25 score (lower is better). */
export function scriptMatches(db: Database, expression: string): Map<number, number> {
  indexQueuedScriptText(db);
  const out = new Map<number, number>();
  for (const row of q(db).matches.all(expression)) {
    const colon = row.indexOf(':');
    out.set(Number(row.slice(0, colon)), Number(row.slice(colon + 1)));
  }
  return out;
}

/** A pattern finding a search-form term in the original text (marks and alef forms allowed). */
function termPattern(term: string): RegExp {
  const chars = [...term.replace(/\s+/g, '')].map((ch) => {
    if (ch === '\u0627') return `[\\u0627${ALEF_FORMS}][${MARK_CLASS}]*`;
    return `${ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[${MARK_CLASS}]*`;
  });
  return new RegExp(chars.join(''), 'u');
}
/** About 160 characters of the body around the first term found, that term marked. */
export function scriptSnippet(body: string, terms: readonly string[]): Array<{ text: string; match: boolean }> {
  for (const term of terms) {
    const m = termPattern(term).exec(body);
    if (!m) continue;
    const from = Math.max(0, m.index - 80);
    const to = Math.min(body.length, m.index + m[0].length + 80);
    const parts = [
      { text: (from > 0 ? '…' : '') + body.slice(from, m.index), match: false },
      { text: m[0], match: true },
      { text: body.slice(m.index + m[0].length, to) + (to < body.length ? '…' : ''), match: false },
    ];
    return parts.filter((p) => p.text);
  }
  const lead = body.slice(0, 200);
  return [{ text: lead.length < body.length ? `${lead}…` : lead, match: false }];
}
