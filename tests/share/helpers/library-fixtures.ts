import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { addAlias, ensureEntity } from '../../../electron/library/entities';
import { addSummary } from '../../../electron/library/summaries';
import { addUserTag, decideTag } from '../../../electron/library/tags';
import type { TagInput } from '../../../electron/library/types';

const FORUMS = [
  { name: 'ASEAN Regional Forum', aliases: ['ARF'] },
  { name: 'East Asia Summit', aliases: ['EAS'] },
  { name: 'G20', aliases: ['Group of Twenty'] },
  { name: 'UN Security Council', aliases: ['UNSC'] },
];
const ACTORS = [
  { name: 'Sergey Lavrov', type: 'person' as const, aliases: ['Lavrov'] },
  { name: 'United States', type: 'country' as const, aliases: ['U.S.', 'USA'] },
  { name: 'Indonesia', type: 'country' as const, aliases: [] },
  { name: 'Côte d’Ivoire', type: 'country' as const, aliases: ["Cote d'Ivoire"] },
  { name: 'ASEAN', type: 'organization' as const, aliases: [] },
  { name: 'Антониу Гутерриш', type: 'person' as const, aliases: ['António Guterres'] },
];
const THEMES = ['maritime', 'counterterrorism', 'trade-investment', 'climate-environment', 'cyber-ict'];

/** A deterministic library of `n` summaries with forums, actors, themes, aliases and user decisions. */
export function seedLibrary(db: Database, n: number, options: { bodyWords?: number; prefix?: string } = {}): string[] {
  const prefix = options.prefix ?? 'm';
  for (const f of FORUMS) {
    const id = ensureEntity(db, { kind: 'forum', name: f.name });
    for (const a of f.aliases) addAlias(db, id, a);
  }
  for (const a of ACTORS) {
    const id = ensureEntity(db, { kind: 'actor', name: a.name, actorType: a.type });
    for (const alias of a.aliases) addAlias(db, id, alias);
  }
  const ids: string[] = [];
  const words = options.bodyWords ?? 60;
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const forum = FORUMS[i % FORUMS.length]!;
      const actorA = ACTORS[i % ACTORS.length]!;
      const actorB = ACTORS[(i * 7 + 3) % ACTORS.length]!;
      const tags: TagInput[] = [
        { kind: 'forum', name: i % 3 === 0 ? forum.aliases[0]! : forum.name, confidence: 0.9, evidence: [[0, 5]] },
        { kind: 'actor', name: actorA.name, actorType: actorA.type, confidence: 0.8 },
        { kind: 'actor', name: actorB.aliases[0] ?? actorB.name, actorType: actorB.type, confidence: 0.7 },
        { kind: 'theme', name: THEMES[i % THEMES.length]!, themeSlug: THEMES[i % THEMES.length]!, confidence: 0.6 },
      ];
      const body = Array.from({ length: words }, (_, w) => `word${(i * 31 + w * 17) % 997}`).join(' ');
      const month = String((i % 12) + 1).padStart(2, '0');
      const result = addSummary(db, {
        id: `${prefix}-${String(i).padStart(5, '0')}-0000-4000-8000-000000000000`,
        title: `Meeting ${i} of the ${forum.name} — Québec “quotes” 'x'`,
        meetingDate: i % 10 === 0 ? `${2020 + (i % 5)}` : i % 4 === 0 ? `${2020 + (i % 5)}-${month}` : `${2020 + (i % 5)}-${month}-1${i % 10}`,
        city: i % 5 === 0 ? null : 'Vientiane',
        country: 'Laos',
        sourceName: 'Test wire',
        sourceUrl: `https://example.org/${prefix}/${i}`,
        body: `${prefix} summary ${i}: ${body}`,
        keyPoints: [`Point ${i}a`, `Point ${i}b`],
        notes: i % 6 === 0 ? `Note ${i}` : '',
        tags,
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-02T00:00:00.000Z',
      });
      ids.push(result.id);
    }
  })();
  // A few user decisions, which must survive every round trip.
  if (ids.length >= 3) {
    addUserTag(db, ids[0]!, { kind: 'actor', name: 'ASEAN', actorType: 'organization' });
    const firstTag = (id: string) =>
      db.prepare('SELECT entity_id FROM summary_entities WHERE summary_id = ? ORDER BY entity_id LIMIT 1').pluck().get(id) as number;
    decideTag(db, ids[1]!, firstTag(ids[1]!), 'rejected');
    decideTag(db, ids[2]!, firstTag(ids[2]!), 'accepted');
  }
  return ids;
}

/** Adds one book holding the given summaries, straight in SQL (the books module belongs to another area). */
export function addBook(db: Database, id: string, title: string, summaryIds: string[]): void {
  db.transaction(() => {
    db.prepare("INSERT INTO books (id, title, created_at, updated_at) VALUES (?, ?, '2025-02-01T00:00:00Z', '2025-02-01T00:00:00Z')").run(id, title);
    summaryIds.forEach((s, i) => db.prepare('INSERT INTO book_items (book_id, summary_id, position) VALUES (?, ?, ?)').run(id, s, i));
  })();
}

/** Every row of every table (FTS shadow tables too when asked), in a stable order: for "nothing changed". */
export function dumpLibrary(db: Database, options: { tables?: string[] } = {}): string {
  const tables =
    options.tables ??
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const rows = db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][];
    out[t] = rows.map((r) => JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort();
  }
  return JSON.stringify(out);
}

export const CONTENT_TABLES = ['summaries', 'entities', 'aliases', 'summary_entities', 'books', 'book_items'];

/** Library content independent of local ids, for comparing two different library files. */
export function portableDump(db: Database): unknown {
  const summaries = db
    .prepare(
      `SELECT id, title, meeting_date, date_precision, date_start, date_end, city, country, source_name, source_url, body,
              key_points, notes, language, content_hash, created_at, updated_at FROM summaries ORDER BY id`,
    )
    .all() as Array<Record<string, unknown>>;
  const tags = db.prepare(
    `SELECT e.kind, e.name, se.role, se.confidence, se.source, se.status, se.evidence
     FROM summary_entities se JOIN entities e ON e.id = se.entity_id WHERE se.summary_id = ? ORDER BY e.kind, e.name`,
  );
  const entities = db
    .prepare(
      `SELECT kind, actor_type, name, match_key, theme_slug, phrases, builtin,
              (SELECT json_group_array(alias) FROM (SELECT alias FROM aliases a WHERE a.entity_id = e.id ORDER BY alias)) AS aliases
       FROM entities e ORDER BY kind, match_key`,
    )
    .all();
  const books = db.prepare('SELECT * FROM books ORDER BY id').all();
  const items = db.prepare('SELECT * FROM book_items ORDER BY book_id, position').all();
  return { summaries: summaries.map((s) => ({ ...s, tags: tags.all(s.id) })), entities, books, items };
}

export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
