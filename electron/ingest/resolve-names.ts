import type { Database } from 'better-sqlite3';
import { addAlias, ensureEntity, findEntityId, getEntity, listEntities } from '../library/entities';
import type { ActorType, EntityKind } from '../library/types';
import { countryAliases, organizationAliases } from './extract/gazetteer';
import { translitKey } from './extract/persons';
import type { Extraction, UserTheme } from './extract/types';

/**
 * Library-aware naming: an extracted name becomes the name of the library entity it already
 * stands for, through the entity's aliases (ARF = ASEAN Regional Forum), the user's renames
 * and merges (old names stay aliases), the gazetteer's other names of the same body
 * (a library that knows "SCO" takes "Shanghai Cooperation Organisation"), and for people a
 * transliteration-insensitive match (Sergei Lavrov = Sergey Lavrov).
 */
export class NameResolver {
  /** Person key (initial + folded surname) -> entity id; kept up to date as persons are created. */
  private persons?: Map<string, number>;

  constructor(private readonly db: Database) {}

  /** The library's name for this entity, or the name itself when the library has none yet. */
  resolve(kind: EntityKind, name: string, actorType?: ActorType): string {
    const id = this.find(kind, name, actorType);
    return id === undefined ? name : getEntity(this.db, id).name;
  }

  find(kind: EntityKind, name: string, actorType?: ActorType): number | undefined {
    const direct = findEntityId(this.db, kind, name);
    if (direct !== undefined) return direct;
    for (const alias of gazetteerAliases(name, actorType)) {
      const id = findEntityId(this.db, kind, alias);
      if (id !== undefined) return id;
    }
    if (kind === 'actor' && actorType === 'person') {
      const key = personKey(name);
      return key ? this.personIndex().get(key) : undefined;
    }
    return undefined;
  }

  /**
   * The entity for a tag, created when new, with the gazetteer's other names as aliases (so a
   * later "ARF" finds "ASEAN Regional Forum"). Aliases another entity already owns are skipped.
   */
  ensure(input: { kind: EntityKind; name: string; actorType?: ActorType; themeSlug?: string }): number {
    const existing = input.themeSlug ? undefined : this.find(input.kind, input.name, input.actorType);
    if (existing !== undefined) return existing;
    const id = ensureEntity(this.db, input);
    for (const alias of gazetteerAliases(input.name, input.actorType)) {
      if (findEntityId(this.db, input.kind, alias) === undefined) addAlias(this.db, id, alias);
    }
    // Extend the person index rather than rebuild it: a rebuild per new person made big imports quadratic.
    if (this.persons && input.kind === 'actor' && input.actorType === 'person') {
      const key = personKey(input.name);
      if (key && !this.persons.has(key)) this.persons.set(key, id);
    }
    return id;
  }

  resolveId(id: number): string {
    return getEntity(this.db, id).name;
  }

  /** The user's themes (and seeded themes with user phrases) as the extractor takes them. */
  userThemes(): UserTheme[] {
    return listEntities(this.db, 'theme').map((t) => ({ id: t.themeSlug ?? `user-${t.id}`, name: t.name, phrases: t.phrases }));
  }

  /** The extraction with every forum and actor under its library name (duplicates merged). */
  resolveExtraction(extraction: Extraction): Extraction {
    const forums = mergeByName(extraction.forums.map((f) => ({ ...f, name: this.resolve('forum', f.name) })));
    const actors = mergeByName(extraction.actors.map((a) => ({ ...a, name: this.resolve('actor', a.name, a.type) })));
    return { ...extraction, forums, actors };
  }

  private personIndex(): Map<string, number> {
    if (!this.persons) {
      this.persons = new Map();
      for (const e of listEntities(this.db, 'actor')) {
        if (e.actorType !== 'person') continue;
        for (const n of [e.name, ...e.aliases]) {
          const key = personKey(n);
          if (key && !this.persons.has(key)) this.persons.set(key, e.id);
        }
      }
    }
    return this.persons;
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
