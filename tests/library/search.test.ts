import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../electron/library/open-library';
import { search, toFtsQuery } from '../../electron/library/search';
import { addSummary } from '../../electron/library/summaries';
import { decideTag } from '../../electron/library/tags';
import { findEntityId } from '../../electron/library/entities';
import { tempLibrary } from '../helpers/temp-library';

let lib: Library;
let cleanup: () => void;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ library: lib, cleanup } = await tempLibrary());
  const add = (key: string, input: Parameters<typeof addSummary>[1]) => {
    const r = addSummary(lib.db, input);
    ids[key] = r.id;
  };
  add('vientiane', {
    title: 'Lavrov at the East Asia Summit ministerial',
    meetingDate: '2024-07-27',
    city: 'Vientiane',
    country: 'Laos',
    body: 'Foreign Minister Sergey Lavrov discussed regional security architecture in Vientiane.',
    tags: [
      { kind: 'forum', name: 'East Asia Summit', confidence: 0.97 },
      { kind: 'actor', name: 'Sergey Lavrov', actorType: 'person' },
      { kind: 'actor', name: 'Russia', actorType: 'country' },
      { kind: 'theme', name: 'Regional security & security architecture', themeSlug: 'regional-security' },
    ],
  });
  add('arf', {
    title: 'ASEAN Regional Forum on counterterrorism',
    meetingDate: '2024-07',
    body: 'The ARF session approved counterterrorism plans. Russia and Indonesia reviewed ICT security.',
    tags: [
      { kind: 'forum', name: 'ASEAN Regional Forum' },
      { kind: 'actor', name: 'Russia', actorType: 'country' },
      { kind: 'actor', name: 'Indonesia', actorType: 'country' },
      { kind: 'theme', name: 'x', themeSlug: 'counterterrorism' },
    ],
  });
  add('g20', {
    title: 'G20 finance ministers on a wealth tax',
    meetingDate: '2024',
    city: 'Rio de Janeiro',
    country: 'Brazil',
    body: 'Ministers in Rio discussed taxing billionaires. Security was not on the agenda.',
    tags: [
      { kind: 'forum', name: 'G20' },
      { kind: 'actor', name: 'Brazil', actorType: 'country' },
      { kind: 'theme', name: 'x', themeSlug: 'finance-tax' },
    ],
  });
  add('quebec', {
    title: 'Bilateral visit to Québec',
    meetingDate: '2023-05-02',
    body: 'The délégation met officials in Québec City about trade.',
    tags: [{ kind: 'actor', name: 'Canada', actorType: 'country' }],
  });
});
afterAll(() => cleanup());

const idsOf = (r: ReturnType<typeof search>) => r.hits.map((h) => h.id).sort();

describe('search', () => {
  it('finds by word with a highlighted snippet', () => {
    const r = search(lib.db, { text: 'Vientiane' });
    expect(r.total).toBe(1);
    expect(r.hits[0]!.id).toBe(ids.vientiane);
    expect(r.hits[0]!.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['Vientiane']);
    expect(r.hits[0]!.forums).toEqual(['East Asia Summit']);
  });

  it('folds diacritics and matches prefixes while typing', () => {
    expect(idsOf(search(lib.db, { text: 'quebec' }))).toEqual([ids.quebec]);
    expect(idsOf(search(lib.db, { text: 'delegation' }))).toEqual([ids.quebec]);
    expect(idsOf(search(lib.db, { text: 'counterterr' }))).toEqual([ids.arf]);
  });

  it('ranks title matches above body matches', () => {
    const r = search(lib.db, { text: 'security' });
    expect(r.total).toBe(3);
    expect(r.hits[r.hits.length - 1]!.id).toBe(ids.g20);
  });

  it('treats operators and quotes in the input as text, never as FTS syntax', () => {
    // (OR and -word are syntax now: tests/library/search-syntax.test.ts.)
    expect(toFtsQuery('NOT "ARF" AND')).toBe('"NOT" AND "ARF" AND "AND"*');
    expect(() => search(lib.db, { text: 'AND OR NOT ( ) * : ^ "' })).not.toThrow();
    expect(search(lib.db, { text: '"wealth tax"' }).total).toBe(1);
  });

  it('filters by forum, actor and theme through names and aliases', () => {
    expect(idsOf(search(lib.db, { forum: ['East Asia Summit'] }))).toEqual([ids.vientiane]);
    expect(idsOf(search(lib.db, { actor: ['russia'] }))).toEqual([ids.arf, ids.vientiane].sort());
    expect(idsOf(search(lib.db, { actor: ['Russia', 'Indonesia'] }))).toEqual([ids.arf]);
    expect(idsOf(search(lib.db, { theme: ['counterterrorism'] }))).toEqual([ids.arf]);
    expect(search(lib.db, { forum: ['No Such Forum'] }).total).toBe(0);
  });

  it('with facetMatch any, several names of one kind mean any of them; kinds still combine', () => {
    expect(idsOf(search(lib.db, { actor: ['Russia', 'Indonesia'], facetMatch: 'any' }))).toEqual([ids.arf, ids.vientiane].sort());
    expect(idsOf(search(lib.db, { forum: ['East Asia Summit', 'G20'], facetMatch: 'any' }))).toEqual([ids.g20, ids.vientiane].sort());
    expect(idsOf(search(lib.db, { forum: ['East Asia Summit', 'G20'], actor: ['Russia'], facetMatch: 'any' }))).toEqual([ids.vientiane]);
    // A name the library lacks is one alternative that matches nothing, not a reason for no results.
    expect(idsOf(search(lib.db, { forum: ['G20', 'No Such Forum'], facetMatch: 'any' }))).toEqual([ids.g20]);
    expect(search(lib.db, { forum: ['No Such Forum'], facetMatch: 'any' }).total).toBe(0);
  });

  it('filters by date range, matching meetings whose date overlaps it', () => {
    expect(idsOf(search(lib.db, { from: '2024-07-01', to: '2024-07-31' }))).toEqual([ids.arf, ids.g20, ids.vientiane].sort());
    expect(idsOf(search(lib.db, { from: '2024-07-28' }))).toEqual([ids.arf, ids.g20].sort());
    expect(idsOf(search(lib.db, { to: '2023' }))).toEqual([ids.quebec]);
    expect(() => search(lib.db, { from: '2025', to: '2024' })).toThrow(/ends before it starts/);
  });

  it('counts facets over the whole result set, not just the page', () => {
    const all = search(lib.db, { actor: ['Russia'], limit: 1 });
    expect(all.hits).toHaveLength(1);
    expect(all.total).toBe(2);
    expect(all.facets.actor.find((f) => f.name === 'Russia')?.count).toBe(2);
    expect(all.facets.actor.find((f) => f.name === 'Indonesia')?.count).toBe(1);
    expect(all.facets.forum.map((f) => f.name).sort()).toEqual(['ASEAN Regional Forum', 'East Asia Summit']);
    const byText = search(lib.db, { text: 'security', limit: 1 });
    expect(byText.facets.forum.map((f) => f.name).sort()).toEqual(['ASEAN Regional Forum', 'East Asia Summit', 'G20']);
  });

  it('skips facets when asked, with the same total and hits (later pages of a query)', () => {
    for (const q of [{ text: 'security' }, { text: 'sec' }, { actor: ['Russia'] }, { text: 'security', sort: 'date-asc' as const }, {}]) {
      for (const offset of [0, 1]) {
        const full = search(lib.db, { ...q, limit: 1, offset });
        const lean = search(lib.db, { ...q, limit: 1, offset, facets: false });
        expect(full.facets.forum.length + full.facets.actor.length).toBeGreaterThan(0);
        expect(lean.facets).toEqual({ forum: [], theme: [], actor: [] });
        expect(lean.total).toBe(full.total);
        expect(lean.hits).toEqual(full.hits);
      }
    }
    expect(search(lib.db, { text: 'security', facets: true }).facets).toEqual(search(lib.db, { text: 'security' }).facets);
  });

  it('leaves rejected tags out of filters and facets', () => {
    const brazil = findEntityId(lib.db, 'actor', 'Brazil')!;
    decideTag(lib.db, ids.g20!, brazil, 'rejected');
    expect(search(lib.db, { actor: ['Brazil'] }).total).toBe(0);
    expect(search(lib.db, {}).facets.actor.find((f) => f.name === 'Brazil')).toBeUndefined();
    decideTag(lib.db, ids.g20!, brazil, 'accepted');
    expect(search(lib.db, { actor: ['Brazil'] }).total).toBe(1);
  });

  it('sorts by date when asked, undated last', () => {
    const r = search(lib.db, { sort: 'date-asc' });
    expect(r.hits.map((h) => h.id)).toEqual([ids.quebec, ids.g20, ids.arf, ids.vientiane]);
  });
});
