import type { AnalysedText } from './document';
import type { Range } from './types';

/**
 * Organisations no list holds, found by the shape of their names: "Ministry of Foreign Affairs
 * of the Republic of Korea", "Office for Strategic Planning", "Council of Ministers", "National
 * Security Council", "Sudanese Armed Forces", "Rapid Support Forces". A name is a run of
 * capitalised words (with "of", "for", "the", "and" between them) around a head word that
 * names an institution. Runs that overlap a gazetteer organisation are left to the gazetteer.
 */
export interface ShapedOrg {
  name: string;
  range: Range;
  /** Token span, so persons do not read the same words as a name. */
  from: number;
  to: number;
}

/** Heads that open a name: "Ministry of ...", "Office for ...". */
const LEADING = new Set(['ministry', 'office', 'department', 'council', 'commission', 'agency', 'register', 'bureau', 'directorate', 'committee', 'secretariat', 'authority', 'federation', 'union']);
/** Heads that close a name: "... Armed Forces", "... Support Forces", "... Corporation" ("Army" and "Guard" too often follow a country's adjective). */
const TRAILING = new Set(['forces', 'corporation', 'company', 'ministry', 'agency', 'authority', 'commission', 'front', 'movement', 'brigades', 'militia', 'corps']);
const MEETING_OF = new Set(['foreign', 'heads', 'head', 'ministers', 'leaders', 'defence', 'defense', 'permanent', 'senior']);
const JOINERS = new Set(['of', 'for', 'the', 'and', 'on']);
/** Capitalised words that start sentences or titles rather than names. */
const NOT_START = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'in', 'on', 'at', 'and', 'but', 'for', 'with', 'after', 'as', 'by']);

export function findShapedOrgs(doc: AnalysedText): ShapedOrg[] {
  const { tokens } = doc;
  const out: ShapedOrg[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(doc, i) || doc.inName[i]) continue;
    // The run of capitalised words (and joiners between them) from token i.
    let j = i + 1;
    while (j < tokens.length && doc.sentenceOf[j] === doc.sentenceOf[i] && spaced(doc, j - 1, j) && (capital(doc, j) || (JOINERS.has(tokens[j]!.key) && nextCapital(doc, j) && !startsAnother(doc, j)))) j++;
    while (j > i && JOINERS.has(tokens[j - 1]!.key)) j--;
    const first = NOT_START.has(tokens[i]!.key) ? i + 1 : i;
    if (j - first >= 2 && shaped(doc, first, j) && !overlapsOrg(doc, first, j)) {
      const range: Range = [tokens[first]!.start, tokens[j - 1]!.end];
      out.push({ name: doc.text.slice(range[0], range[1]), range, from: first, to: j });
    }
    i = Math.max(i, j - 1);
  }
  return out;
}

function shaped(doc: AnalysedText, from: number, to: number): boolean {
  const head = doc.tokens[from]!.key;
  const last = doc.tokens[to - 1]!.key;
  // "Council of Foreign Ministers", "Council of Heads of State": a meeting's format, not an actor.
  if (head === 'council' && MEETING_OF.has(doc.tokens[from + 2]?.key ?? '')) return false;
  if (LEADING.has(head) && JOINERS.has(doc.tokens[from + 1]?.key ?? '') && to - from >= 3) return true;
  return TRAILING.has(last) && to - from >= 2 && !JOINERS.has(doc.tokens[to - 2]!.key);
}

/** "the Office for X and the Council of Ministers": "and" before a new head starts another name. */
function startsAnother(doc: AnalysedText, j: number): boolean {
  if (doc.tokens[j]!.key !== 'and') return false;
  const k = doc.tokens[j + 1]?.key === 'the' ? j + 2 : j + 1;
  return LEADING.has(doc.tokens[k]?.key ?? '');
}

function capital(doc: AnalysedText, i: number): boolean {
  const s = doc.tokens[i]!.surface;
  const c = s.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false; // fast path: a lower-case word or a number
  if (c >= 65 && c <= 90 && s.length > 1) {
    const d = s.charCodeAt(1);
    if (d >= 97 && d <= 122) return true; // fast path: "Ministry"
  }
  return /^\p{Lu}\p{Ll}/u.test(s) || (s.length >= 2 && s === s.toUpperCase() && /^\p{Lu}/u.test(s));
}

function nextCapital(doc: AnalysedText, j: number): boolean {
  let k = j + 1;
  while (k < doc.tokens.length && JOINERS.has(doc.tokens[k]!.key)) k++;
  return k < doc.tokens.length && k - j <= 2 && capital(doc, k) && doc.sentenceOf[k] === doc.sentenceOf[j];
}

function spaced(doc: AnalysedText, a: number, b: number): boolean {
  const gap = doc.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start);
  return gap === ' ' || gap === '-';
}

/** A gazetteer organisation inside the run: the gazetteer's name is the better one. */
function overlapsOrg(doc: AnalysedText, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const p = doc.places[(doc.placeStartingAt[k] ?? 0) - 1];
    if (p && p.value.kind === 'org') return true;
  }
  return false;
}
