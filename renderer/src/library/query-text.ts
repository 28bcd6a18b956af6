import type { SearchQuery } from '../../../electron/library/search';

/**
 * What the search text means, for deciding whether a new search is needed and how soon.
 * Mirrors how the main process reads the text (electron/library/search.ts `toFtsQuery`):
 * words are runs of letters and digits, quotes make phrases, and the last word is a prefix
 * unless a closing quote ends the text.
 */

/** The text with runs of white space made one space and the ends trimmed: "maritime " and
 * "maritime" ask the same search, so typing a space between words costs no search. */
export function normalizeText(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A key equal for two queries exactly when they return the same results. */
export function searchKey(query: Omit<SearchQuery, 'limit' | 'offset'>): string {
  return JSON.stringify({ ...query, text: normalizeText(query.text) });
}

/** The last word when it is searched as a prefix (as typed: "maritime s" -> "s"), else undefined. */
export function prefixWord(text: string | undefined): string | undefined {
  const trimmed = normalizeText(text);
  if (trimmed.endsWith('"')) return undefined;
  const words = trimmed.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words[words.length - 1];
}

export const MIN_TYPING_DELAY_MS = 30;
/** A one-letter prefix matches nearly every summary of a big library (0.2-0.5 s at 100,000). */
const ONE_LETTER_DELAY_MS = 180;
/** Two letters still match most of them (0.1-0.2 s at 100,000). */
const TWO_LETTER_DELAY_MS = 100;

/**
 * How long to wait after a keystroke before searching. The wait follows what the search
 * will cost: a prefix of one or two letters is expensive on a big library and is usually
 * followed by another key, so it waits long enough for a typist's next key (and a search
 * that would hold up the word being typed is never started); from three letters on, a
 * search is cheap and starts almost at once. On a small library, where every search takes
 * a few milliseconds (`lastSearchMs`), results follow every key.
 */
export function typingDelay(text: string | undefined, lastSearchMs: number): number {
  const word = prefixWord(text);
  const byCost = word === undefined || word.length >= 3 ? MIN_TYPING_DELAY_MS : word.length === 1 ? ONE_LETTER_DELAY_MS : TWO_LETTER_DELAY_MS;
  return Math.min(byCost, Math.max(MIN_TYPING_DELAY_MS, lastSearchMs));
}
