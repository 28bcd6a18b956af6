import type { SearchQuery } from '../../../electron/ipc/contracts/library';

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

/** Just enough to take a burst of keys (auto-repeat, a paste) as one change; useSearch's single
 * flight coalesces the rest, so a cheap search starts as soon as the key is down. */
export const MIN_TYPING_DELAY_MS = 10;
/** At 100,000 summaries a one-letter prefix matches nearly all of them (0.15-0.5 s a search). */
const ONE_LETTER_DELAY_MS = 250;
/** Two letters still match most of them (0.07-0.2 s). */
const TWO_LETTER_DELAY_MS = 150;
/** From this library size on, short prefixes wait the full delays above; below, proportionally less. */
const FULL_DELAY_AT_SUMMARIES = 50_000;

/**
 * How long to wait after a keystroke before searching. The wait follows what the search
 * will cost, which grows with the summaries a prefix matches: a prefix of one or two letters
 * matches most of a big library and is usually followed by another key, so it waits for the
 * typist's next key (a search the main process cannot abandon would hold up the word being
 * typed); from three letters on a search is cheap and starts almost at once. On a small
 * library every search is cheap and results follow every key.
 */
export function typingDelay(text: string | undefined, librarySize: number): number {
  const word = prefixWord(text);
  const byCost = word === undefined || word.length >= 3 ? MIN_TYPING_DELAY_MS : word.length === 1 ? ONE_LETTER_DELAY_MS : TWO_LETTER_DELAY_MS;
  const scale = Math.min(1, Math.max(0, librarySize) / FULL_DELAY_AT_SUMMARIES);
  return Math.round(MIN_TYPING_DELAY_MS + (byCost - MIN_TYPING_DELAY_MS) * scale);
}
