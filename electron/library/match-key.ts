/**
 * The folded form of a name used to match entities and aliases: case, diacritics,
 * dots and punctuation do not matter ("U.S." = "US" = "us"; "Lavrov" = "LAVROV";
 * "Côte d'Ivoire" = "Cote d'Ivoire").
 */
export function matchKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whitespace-collapsed, NFC text: what the content hash is taken over. */
export function normalizeForHash(text: string): string {
  // Same result as replacing every whitespace run with one space, but a lone space (most
  // of them) is left alone instead of replaced: half the time on a 3 KB article.
  return text.normalize('NFC').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}
