/**
 * Word tokens with their character offsets. Gazetteer names and article text go through the
 * same tokenizer, so "Côte d'Ivoire", "U.S.-led" and "G-20" match however they are spelled.
 */
export interface Token {
  start: number;
  end: number;
  /** The token as written, dots removed ("U.S." -> "US"): used for case-sensitive acronyms. */
  surface: string;
  /** Folded form: lower case, no diacritics, no dots. */
  key: string;
}

// Dotted abbreviations first ("U.S.", "U.N."), then runs of letters and digits.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+/gu;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

export function foldWord(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const surface = raw.includes('.') ? raw.replace(/\./g, '') : raw;
    tokens.push({ start: m.index, end: m.index + raw.length, surface, key: foldWord(surface) });
  }
  return tokens;
}

/**
 * True for short all-capital words ("WHO", "US", "AU", "EU"): such names match only when
 * written in capitals, since in lower case they are ordinary words. Longer acronyms
 * ("NATO", "ASEAN") also match as "Nato", "Asean", as some house styles write them.
 */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
