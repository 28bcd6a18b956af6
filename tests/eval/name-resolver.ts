import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchKey } from '../../electron/library/entities';

/**
 * Maps a name to the key it is compared by in the evaluation. When resources/gazetteer holds
 * JSON files, every alias, acronym, demonym or adjective listed there resolves to its entry's
 * canonical name, so "SCO", "Shanghai Cooperation Organization" and "Shanghai Cooperation
 * Organisation" score as one. Without a gazetteer, names compare by folded form only.
 */
export type NameResolver = (name: string) => string;

const CANONICAL_FIELDS = ['canonical', 'canonicalName', 'name'];
const ALIAS_FIELDS = ['aliases', 'alias', 'acronyms', 'acronym', 'abbreviations', 'shortNames', 'short', 'shortName', 'altNames', 'names', 'demonyms', 'adjectives', 'officialName', 'official', 'fullName'];

/** Folding plus the British/American spellings that differ inside organisation names. */
export function foldName(name: string): string {
  return matchKey(name)
    .replace(/\borganisation\b/g, 'organization')
    .replace(/\bdefence\b/g, 'defense')
    .replace(/^the /, '');
}

export function loadNameResolver(gazetteerDir: string): NameResolver {
  const aliasToCanonical = new Map<string, string>();
  if (existsSync(gazetteerDir)) {
    for (const file of listJson(gazetteerDir)) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        continue; // a broken gazetteer file is the extractor's problem; the scorer still runs
      }
      collectAliases(data, aliasToCanonical);
    }
  }
  return (name) => {
    const key = foldName(name);
    return aliasToCanonical.get(key) ?? key;
  };
}

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJson(path));
    else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out.sort();
}

/** Walks any JSON shape and records entries that look like {name, aliases: [...]}. */
function collectAliases(node: unknown, into: Map<string, string>): void {
  if (Array.isArray(node)) {
    if (isNameRow(node)) {
      addEntry(node[0], [node[1], node[2]].flatMap((v) => (Array.isArray(v) ? v : [])), into);
      return;
    }
    for (const item of node) collectAliases(item, into);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const canonicalField = CANONICAL_FIELDS.find((f) => typeof record[f] === 'string');
  if (canonicalField) {
    const aliases = ALIAS_FIELDS.flatMap((field) => {
      const value = record[field];
      return typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    });
    addEntry(record[canonicalField] as string, aliases, into);
  }
  for (const value of Object.values(record)) if (value && typeof value === 'object') collectAliases(value, into);
}

/**
 * Row form `[name, [other names], [adjectives, demonyms], capital, [cities]]`: only the two
 * lists right after the name are names of the same thing (a capital is a place, not an alias).
 */
function isNameRow(row: unknown[]): row is [string, ...unknown[]] {
  return typeof row[0] === 'string' && Array.isArray(row[1]) && row[1].every((v) => typeof v === 'string');
}

function addEntry(name: string, aliases: unknown[], into: Map<string, string>): void {
  const canonical = foldName(name);
  for (const alias of aliases) {
    // First entry wins: an ambiguous alias keeps the mapping of the file read first.
    if (typeof alias === 'string' && alias.trim() && !into.has(foldName(alias))) into.set(foldName(alias), canonical);
  }
  // A canonical name is its own alias, and is never redirected by another entry's alias.
  into.set(canonical, canonical);
}
