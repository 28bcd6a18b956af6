import type { Database } from 'better-sqlite3';
import { changeStamp, statements } from '../../library/statements';
import { matchKey, type AliasTableRow, type EntityTableRow } from '../../library/entities';
import type { ActorType, EntityKind } from '../../library/types';

type EntityRow = Pick<EntityTableRow, 'id' | 'kind' | 'actor_type' | 'name' | 'match_key' | 'theme_slug'>;

const q = statements((db) => ({
  // Name order as listEntities, so the person index gives the same first match as before.
  entities: db.prepare<[], EntityRow>('SELECT id, kind, actor_type, name, match_key, theme_slug FROM entities ORDER BY name COLLATE NOCASE'),
  aliases: db.prepare<[], AliasTableRow>('SELECT entity_id, kind, alias, match_key FROM aliases ORDER BY alias'),
}));

/**
 * The library's entity names in memory, for a batch import: the same answers as
 * `findEntityId` / `getEntity(...).name` (library/entities.ts) without a query per name.
 * Resolving one article's forums and actors asked SQLite 50-100 times (each name, then each
 * gazetteer alias of it); with a few thousand entities the whole table fits in a few maps.
 *
 * The index is a snapshot: whoever writes entities while it is in use must tell it (`add`,
 * `addAlias`), and whoever lets other code run in between (an `await`) must check `isStale`
 * — another handler on this connection or another process may have renamed or merged.
 */
export class EntityIndex {
  private readonly byKey = new Map<string, number>();
  private readonly byAlias = new Map<string, number>();
  private readonly bySlug = new Map<string, number>();
  private readonly names = new Map<number, string>();
  private readonly kinds = new Map<number, EntityKind>();
  /** Person key (see resolve-names.ts) -> entity id, first one in name order wins. */
  private readonly persons = new Map<string, number>();
  private stamp: string;

  private constructor(
    private readonly db: Database,
    private readonly personKey: (name: string) => string,
  ) {
    this.stamp = changeStamp(db);
  }

  static load(db: Database, personKey: (name: string) => string): EntityIndex {
    const index = new EntityIndex(db, personKey);
    const aliasesOf = new Map<number, string[]>();
    for (const a of q(db).aliases.all()) {
      index.byAlias.set(slot(a.kind, a.match_key), a.entity_id);
      const list = aliasesOf.get(a.entity_id) ?? [];
      list.push(a.alias);
      aliasesOf.set(a.entity_id, list);
    }
    for (const e of q(db).entities.all()) {
      index.byKey.set(slot(e.kind, e.match_key), e.id);
      if (e.theme_slug !== null) index.bySlug.set(e.theme_slug, e.id);
      index.names.set(e.id, e.name);
      index.kinds.set(e.id, e.kind);
      if (e.actor_type === 'person') for (const n of [e.name, ...(aliasesOf.get(e.id) ?? [])]) index.addPerson(n, e.id);
    }
    return index;
  }

  /** findEntityId: a theme by slug, then any kind by folded name, then by folded alias. */
  find(kind: EntityKind, name: string): number | undefined {
    const key = matchKey(name);
    if (!key) return undefined;
    if (kind === 'theme') {
      const slug = this.bySlug.get(name);
      if (slug !== undefined) return slug;
    }
    return this.byKey.get(slot(kind, key)) ?? this.byAlias.get(slot(kind, key));
  }

  slug(themeSlug: string): number | undefined {
    return this.bySlug.get(themeSlug);
  }

  person(key: string): number | undefined {
    return this.persons.get(key);
  }

  nameOf(id: number): string | undefined {
    return this.names.get(id);
  }

  kindOf(id: number): EntityKind | undefined {
    return this.kinds.get(id);
  }

  /** An entity the holder just created. */
  add(e: { id: number; kind: EntityKind; actorType: ActorType | null; name: string; themeSlug: string | null }): void {
    this.byKey.set(slot(e.kind, matchKey(e.name)), e.id);
    if (e.themeSlug !== null) this.bySlug.set(e.themeSlug, e.id);
    this.names.set(e.id, e.name);
    this.kinds.set(e.id, e.kind);
    if (e.actorType === 'person') this.addPerson(e.name, e.id);
  }

  /** An alias the holder just stored (after addAlias accepted it). */
  addAlias(id: number, kind: EntityKind, alias: string): void {
    const key = slot(kind, matchKey(alias));
    // As the aliases table: an alias equal to the entity's own name is not stored, an existing one is kept.
    if (!this.byKey.has(key) && !this.byAlias.has(key)) this.byAlias.set(key, id);
  }

  /** True when someone other than the holder wrote to the library since the last `synced`. */
  isStale(): boolean {
    return changeStamp(this.db) !== this.stamp;
  }

  /** The holder's own writes are in the index: take the library's state as the new baseline. */
  synced(): void {
    this.stamp = changeStamp(this.db);
  }

  private addPerson(name: string, id: number): void {
    const key = this.personKey(name);
    if (key && !this.persons.has(key)) this.persons.set(key, id);
  }
}

function slot(kind: EntityKind, key: string): string {
  return `${kind}\u001f${key}`;
}
