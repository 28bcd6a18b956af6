/**
 * The search box's syntax, as people know it from web search and Zotero:
 *   words        all of them (the last one also as a prefix, so results come while typing)
 *   "a phrase"   those words together, in that order
 *   a OR b       either (OR in capitals, between two terms; binds tighter than the implied AND)
 *   -word        without that word; -"a phrase" without that phrase
 * Anything else is text. The FTS5 expression is built here from quoted terms whose content
 * is only letters and digits, with operators this code writes itself: no character a person
 * types reaches FTS5 as syntax.
 */

/** One term: the words of a phrase (one word for a plain term). */
interface Term {
  words: string[];
  phrase: boolean;
  negated: boolean;
}

/** What a search text asks for: `match` for FTS5 MATCH, or, when it has only -terms, what to leave out of everything. */
export interface ParsedSearch {
  match?: string;
  exclude?: string;
}

const TOKEN = /(-?)"([^"]*)"|(\S+)/g;
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

function wordsOf(text: string): string[] {
  return text.split(WORD_SPLIT).filter(Boolean);
}

type Token = Term | 'OR';

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (m[2] !== undefined) {
      const words = wordsOf(m[2]);
      if (words.length) tokens.push({ words, phrase: true, negated: m[1] === '-' });
      continue;
    }
    const raw = m[3]!;
    if (raw === 'OR') {
      tokens.push('OR');
      continue;
    }
    const negated = raw.startsWith('-') && raw.length > 1;
    // An unclosed quote while typing a phrase: its words count as plain words until it is closed.
    const words = wordsOf(negated ? raw.slice(1) : raw);
    if (words.length) tokens.push({ words, phrase: false, negated });
  }
  return tokens;
}

function quote(term: Term, prefix: boolean): string {
  if (term.phrase) return `"${term.words.join(' ')}"`;
  const quoted = term.words.map((w) => `"${w}"`);
  if (prefix) quoted[quoted.length - 1] = `${quoted[quoted.length - 1]}*`;
  // Explicit ANDs: FTS5 allows the implied AND only between phrases, not after a bracket.
  return quoted.length === 1 ? quoted[0]! : `(${quoted.join(' AND ')})`;
}

/**
 * Groups of positive terms joined by OR (a dangling or doubled OR is dropped), and the
 * negated terms, in order.
 */
function group(tokens: Token[]): { groups: Term[][]; negated: Term[] } {
  const groups: Term[][] = [];
  const negated: Term[] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token === 'OR') {
      joinNext = groups.length > 0;
      continue;
    }
    if (token.negated) {
      negated.push(token);
      continue; // "a OR -b" has no meaning in FTS5: the -b applies to the whole query
    }
    if (joinNext) groups[groups.length - 1]!.push(token);
    else groups.push([token]);
    joinNext = false;
  }
  return { groups, negated };
}

/** Parses a search text into FTS5 expressions (see the file comment for the syntax). */
export function parseSearchText(text: string): ParsedSearch {
  const tokens = tokenize(text);
  const { groups, negated } = group(tokens);
  const last = tokens[tokens.length - 1];
  // The term being typed is a prefix: only a plain, positive last term (not a closed phrase).
  const typing = last !== undefined && last !== 'OR' && !last.phrase && !last.negated && !text.trimEnd().endsWith('"') ? last : undefined;
  const negation = negated.map((t) => quote(t, false));
  if (groups.length === 0) return negation.length ? { exclude: negation.join(' OR ') } : {};
  const positive = groups
    .map((terms) => {
      const parts = terms.map((t) => quote(t, t === typing));
      return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
    })
    .join(' AND ');
  if (negation.length === 0) return { match: positive };
  return { match: [`(${positive})`, ...negation].join(' NOT ') };
}

/** The FTS5 MATCH expression for a search text, or undefined when it has no positive term. */
export function toFtsQuery(text: string): string | undefined {
  return parseSearchText(text).match;
}
