import { splitSentences, type Span } from './text/sentences';
import { tokenize, type Token } from './text/tokenize';
import { gazetteer, type Place } from './gazetteer';
import type { TrieMatch } from './text/token-trie';

/**
 * A cleaned body analysed once for every extractor: its tokens, sentences (and which
 * sentence each token is in), and the gazetteer matches over it.
 */
export interface AnalysedText {
  text: string;
  tokens: Token[];
  sentences: Span[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** Index of the first token of each sentence (tokens.length for a sentence without words). */
  sentenceFirstToken: Int32Array;
  places: Array<TrieMatch<Place>>;
  /** True for tokens inside a gazetteer match (themes ignore "Health" in "World Health Organization"). */
  inName: Uint8Array;
  /** For each token, 1 + the index in `places` of the match starting / ending at it (0: none). */
  placeStartingAt: Int32Array;
  placeEndingAt: Int32Array;
}

const UPPER_START = /^[\p{Lu}\p{N}]/u;

/** Words of an organ's generic name ("Security Council", "General Assembly", "Committee of Ministers"). */
const GENERIC_NAME_WORDS = new Set(['security', 'council', 'general', 'assembly', 'human', 'rights', 'peace', 'and', 'of', 'the', 'foreign', 'affairs', 'economic', 'social', 'committee', 'ministers', 'board', 'governors', 'conference', 'parties', 'commission', 'court', 'justice', 'secretariat', 'parliament', 'parliamentary']);

/**
 * "the Peace and Security Council of the African Union", "the OAS General Assembly", "Russia's
 * Security Council": an organ's generic name after another capitalised word is part of a longer
 * name, not the UN organ the bare name means.
 */
function insideLongerName(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!GENERIC_NAME_WORDS.has(tokens[i]!.key)) return false;
  let k = from - 1;
  if (k >= 0 && (tokens[k]!.key === 'and' || tokens[k]!.key === 'of')) k--;
  if (k < 0 || !UPPER_START.test(tokens[k]!.surface) || tokens[k]!.key === 'un' || tokens[k]!.key === 'the') return false;
  // Not across a sentence or line break: "... in Haiti. Security Council members ..."
  return !/[.,!?:;\n]/.test(text.slice(tokens[k]!.end, tokens[from]!.start));
}

/** "the Commonwealth" is the CIS's short form in a text that names the CIS. */
function shortFormsInContext(places: Array<TrieMatch<Place>>): void {
  const cis = places.find((p) => p.value.kind === 'org' && p.value.org.name === 'Commonwealth of Independent States');
  if (!cis) return;
  for (const p of places) if (p.value.kind === 'org' && p.value.org.name === 'Commonwealth of Nations') p.value = cis.value;
}

export function analyse(text: string): AnalysedText {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const sentenceOf = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length - 1 && tokens[i]!.start >= sentences[s]!.end) s++;
    sentenceOf[i] = s;
  }
  const sentenceFirstToken = new Int32Array(sentences.length).fill(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) sentenceFirstToken[sentenceOf[i]!] = i;
  // Names are written with a capital: "Nice" is a city, "nice" is not; "Turkey" is a country.
  // A name listed with its article ("the Commonwealth") keeps it in lower case mid-sentence.
  const places = gazetteer().trie.scan(tokens, (value, from, to) => {
    if (!(UPPER_START.test(tokens[from]!.surface) || (to - from > 1 && tokens[from]!.key === 'the' && UPPER_START.test(tokens[from + 1]!.surface)))) return false;
    return value.kind !== 'org' || !insideLongerName(text, tokens, from, to);
  });
  shortFormsInContext(places);
  const inName = new Uint8Array(tokens.length);
  const placeStartingAt = new Int32Array(tokens.length);
  const placeEndingAt = new Int32Array(tokens.length);
  places.forEach((p, k) => {
    if (p.value.kind !== 'region') inName.fill(1, p.from, p.to);
    placeStartingAt[p.from] = k + 1;
    placeEndingAt[p.to - 1] = k + 1;
  });
  return { text, tokens, sentences, sentenceOf, sentenceFirstToken, places, inName, placeStartingAt, placeEndingAt };
}

/**
 * A short metadata line analysed for its dates only: tokens and sentences, no gazetteer scan
 * (the most expensive step, and a date stamp names no organisation).
 */
export function analyseLine(text: string): AnalysedText {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const n = tokens.length;
  const sentenceOf = new Int32Array(n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    while (s < sentences.length - 1 && tokens[i]!.start >= sentences[s]!.end) s++;
    sentenceOf[i] = s;
  }
  const sentenceFirstToken = new Int32Array(sentences.length).fill(n);
  for (let i = n - 1; i >= 0; i--) sentenceFirstToken[sentenceOf[i]!] = i;
  return { text, tokens, sentences, sentenceOf, sentenceFirstToken, places: [], inName: new Uint8Array(n), placeStartingAt: new Int32Array(n), placeEndingAt: new Int32Array(n) };
}

/** Folded keys of up to `n` tokens before token `i` in the same sentence (nearest last). */
export function keysBefore(doc: AnalysedText, i: number, n: number): string[] {
  const out: string[] = [];
  const s = doc.sentenceOf[i];
  for (let j = Math.max(0, i - n); j < i; j++) if (doc.sentenceOf[j] === s) out.push(doc.tokens[j]!.key);
  return out;
}

/** Folded keys of up to `n` tokens from token `i` on, in the same sentence. */
export function keysFrom(doc: AnalysedText, i: number, n: number): string[] {
  const out: string[] = [];
  const s = doc.sentenceOf[i];
  for (let j = i; j < Math.min(doc.tokens.length, i + n) && doc.sentenceOf[j] === s; j++) out.push(doc.tokens[j]!.key);
  return out;
}

