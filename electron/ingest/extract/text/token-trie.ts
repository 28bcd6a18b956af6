import { isAcronym, tokenize, type Token } from './tokenize';

/**
 * A trie over folded word tokens: every gazetteer name is compiled once, and a text is
 * matched in a single left-to-right pass (longest match wins, matches never overlap),
 * instead of one regular expression per name.
 */
export interface TrieMatch<T> {
  value: T;
  /** Index of the first and one-past-last token. */
  from: number;
  to: number;
  start: number;
  end: number;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  /** Values ending here, each with the exact surface it needs when it is an acronym. */
  values: Array<{ value: T; exact?: string[] }>;
  /** Values whose last word is a prefix ("terroris*" matches terrorism, terrorist), by the prefix's first 3 letters. */
  prefixes?: Map<string, Array<{ prefix: string; value: T }>>;
}

function node<T>(): Node<T> {
  return { next: new Map(), values: [] };
}

export class TokenTrie<T> {
  private readonly root: Node<T> = node();
  size = 0;

  /**
   * Adds a phrase. All-capital words ("WHO", "AU") match only when written in capitals, so
   * "who" and "au" in running text do not. A trailing "*" makes the last word a prefix.
   */
  add(phrase: string, value: T): void {
    const wildcard = phrase.trimEnd().endsWith('*');
    const tokens = tokenize(wildcard ? phrase.trimEnd().slice(0, -1) : phrase);
    if (tokens.length === 0) return;
    let at = this.root;
    const last = wildcard ? tokens.length - 1 : tokens.length;
    for (let i = 0; i < last; i++) {
      const key = tokens[i]!.key;
      let child = at.next.get(key);
      if (!child) at.next.set(key, (child = node()));
      at = child;
    }
    if (wildcard) {
      const prefix = tokens[tokens.length - 1]!.key;
      if (prefix.length < 3) throw new Error(`Wildcard phrase "${phrase}" needs at least 3 letters before the *`);
      at.prefixes ??= new Map();
      const bucket = at.prefixes.get(prefix.slice(0, 3)) ?? [];
      bucket.push({ prefix, value });
      at.prefixes.set(prefix.slice(0, 3), bucket);
    } else {
      const exact = tokens.some((t) => isAcronym(t.surface)) ? tokens.map((t) => (isAcronym(t.surface) ? t.surface : '')) : undefined;
      at.values.push({ value, exact });
    }
    this.size++;
  }

  /** Longest non-overlapping matches, left to right. `accept` may veto a candidate value. */
  scan(tokens: readonly Token[], accept?: (value: T, from: number, to: number) => boolean): Array<TrieMatch<T>> {
    const out: Array<TrieMatch<T>> = [];
    let i = 0;
    while (i < tokens.length) {
      let best: { value: T; to: number } | undefined;
      let at: Node<T> | undefined = this.root;
      for (let j = i; j < tokens.length && at; j++) {
        const tok = tokens[j]!;
        const bucket = at.prefixes?.get(tok.key.slice(0, 3));
        if (bucket) {
          for (const p of bucket) {
            if (tok.key.startsWith(p.prefix) && (!accept || accept(p.value, i, j + 1))) best = { value: p.value, to: j + 1 };
          }
        }
        at = at.next.get(tok.key);
        if (!at) break;
        for (const v of at.values) {
          if (v.exact && !exactMatches(v.exact, tokens, i)) continue;
          if (accept && !accept(v.value, i, j + 1)) continue;
          best = { value: v.value, to: j + 1 };
          break;
        }
      }
      if (best) {
        out.push({ value: best.value, from: i, to: best.to, start: tokens[i]!.start, end: tokens[best.to - 1]!.end });
        i = best.to;
      } else {
        i++;
      }
    }
    return out;
  }
}

function exactMatches(exact: string[], tokens: readonly Token[], from: number): boolean {
  for (let k = 0; k < exact.length; k++) {
    const want = exact[k];
    if (want && tokens[from + k]!.surface !== want) return false;
  }
  return true;
}
