import type { Database } from 'better-sqlite3';
import { addAlias, ensureEntity, getEntity, listEntities } from '../../library/entities';
import type { ActorType, EntityKind } from '../../library/types';
import { EntityIndex } from './entity-index';
import { countryAliases, organizationAliases } from '../extract/gazetteer';
import { translitKey } from '../extract/persons';
import type { Extraction, UserTheme } from '../extract/types';
import { resolvedKey } from './commit-item';
import type { ResolvedIds } from '../ingest-types';

/**
 * Library-aware naming: an extracted name becomes the name of the library entity it already
 * stands for, through the entity's aliases (ARF = ASEAN Regional Forum), the user's renames
 * and merges (old names stay aliases), the gazetteer's other names of the same body
 * (a library that knows "SCO" takes "Shanghai Cooperation Organisation"), and for people a
 * transliteration-insensitive match (Sergei Lavrov = Sergey Lavrov).
 */
export class NameResolver {
  /** The library's names in memory, loaded on first use (see entity-index.ts). */
  private index?: EntityIndex;

  constructor(private readonly db: Database) {}

  /** The library's name for this entity, or the name itself when the library has none yet. */
  resolve(kind: EntityKind, name: string, actorType?: ActorType): string {
    const id = this.find(kind, name, actorType);
    return id === undefined ? name : this.resolveId(id);
  }

  find(kind: EntityKind, name: string, actorType?: ActorType): number | undefined {
    const index = this.entities();
    const direct = index.find(kind, name);
    if (direct !== undefined) return direct;
    for (const alias of gazetteerAliases(name, actorType)) {
      const id = index.find(kind, alias);
      if (id !== undefined) return id;
    }
    if (kind === 'actor' && actorType === 'person') {
      const key = personKey(name);
      return key ? index.person(key) : undefined;
    }
    return undefined;
  }

  /**
   * The entity for a tag, created when new, with the gazetteer's other names as aliases (so a
   * later "ARF" finds "ASEAN Regional Forum"). Aliases another entity already owns are skipped.
   */
  ensure(input: { kind: EntityKind; name: string; actorType?: ActorType; themeSlug?: string }): number {
    const index = this.entities();
    // As ensureEntity: a seeded theme by its slug first, then by name.
    const existing = input.themeSlug
      ? (index.slug(input.themeSlug) ?? index.find(input.kind, input.name))
      : this.find(input.kind, input.name, input.actorType);
    if (existing !== undefined) return existing;
    const id = ensureEntity(this.db, input);
    index.add(getEntity(this.db, id));
    this.ensureAliases(id, input.kind, gazetteerAliases(input.name, input.actorType));
    return id;
  }

  /**
   * Other names the text itself gave an entity (a person's name in its own script, in
   * parentheses after the Latin one) become its aliases; a name another entity owns is left.
   */
  ensureAliases(id: number, kind: EntityKind, aliases: readonly string[]): void {
    const index = this.entities();
    for (const alias of aliases) {
      if (index.find(kind, alias) !== undefined) continue;
      addAlias(this.db, id, alias);
      index.addAlias(id, kind, alias);
    }
  }

  resolveId(id: number): string {
    return this.entities().nameOf(id) ?? getEntity(this.db, id).name;
  }

  /** `id` while it is still the library's entity of that kind and name (a preview's answer, carried to the commit). */
  stillNamed(id: number | undefined, kind: EntityKind, name: string): number | undefined {
    return id !== undefined && this.entities().kindOf(id) === kind && this.entities().nameOf(id) === name ? id : undefined;
  }

  /** The user's themes (and seeded themes with user phrases) as the extractor takes them. */
  userThemes(): UserTheme[] {
    return listEntities(this.db, 'theme').map((t) => ({ id: t.themeSlug ?? `user-${t.id}`, name: t.name, phrases: t.phrases }));
  }

  /**
   * The extraction with every forum and actor under its library name (duplicates merged), and
   * the entity ids of the names the library already has: the commit takes them as they are
   * (resolvedTag in import-writer.ts) unless the library changed them meanwhile.
   */
  resolveExtraction(extraction: Extraction): { extraction: Extraction; resolved: ResolvedIds } {
    const resolved: Record<string, number> = {};
    const named = (kind: EntityKind, name: string, actorType?: ActorType) => {
      const id = this.find(kind, name, actorType);
      if (id === undefined) return name;
      const libraryName = this.resolveId(id);
      resolved[resolvedKey(kind, libraryName)] = id;
      return libraryName;
    };
    const forums = mergeByName(extraction.forums.map((f) => ({ ...f, name: named('forum', f.name) })));
    const actors = mergeByName(extraction.actors.map((a) => ({ ...a, name: named('actor', a.name, a.type) })));
    const primaryForum = extraction.primaryForum === null ? null : this.resolve('forum', extraction.primaryForum);
    for (const t of extraction.themes) {
      const id = t.id.startsWith('user-') ? Number(t.id.slice('user-'.length)) : this.entities().slug(t.id);
      if (id !== undefined && this.stillNamed(id, 'theme', t.name) !== undefined) resolved[resolvedKey('theme', t.name)] = id;
    }
    return { extraction: { ...extraction, forums, actors, primaryForum }, resolved };
  }

  /**
   * Call after an `await` (other code may have written meanwhile): forgets the names in
   * memory when anyone else changed the library since this resolver last looked.
   */
  revalidate(): void {
    if (this.index?.isStale()) this.index = undefined;
  }

  /** Call after this resolver's own writes were committed: they are already in memory. */
  synced(): void {
    this.index?.synced();
  }

  private entities(): EntityIndex {
    return (this.index ??= EntityIndex.load(this.db, personKey));
  }
}

function gazetteerAliases(name: string, actorType?: ActorType): string[] {
  if (actorType === 'person') return [];
  return [...organizationAliases(name), ...(actorType === undefined || actorType === 'country' ? countryAliases(name) : [])];
}

/** First initial + transliteration-folded surname: "Sergei Lavrov" and "Sergey Lavrov" agree. */
function personKey(name: string): string {
  const words = name.split(/[\s.]+/).filter(Boolean);
  if (words.length < 2) return '';
  return `${translitKey(words[0]!)[0]}:${translitKey(words[words.length - 1]!)}`;
}

function mergeByName<T extends { name: string; confidence: number; evidence: Array<[number, number]> }>(items: T[]): T[] {
  const byName = new Map<string, T>();
  for (const item of items) {
    const seen = byName.get(item.name);
    if (!seen) byName.set(item.name, { ...item, evidence: [...item.evidence] });
    else {
      seen.confidence = Math.max(seen.confidence, item.confidence);
      seen.evidence.push(...item.evidence);
    }
  }
  return [...byName.values()];
}
