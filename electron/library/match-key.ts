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
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
