import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../electron/library/open-library';
import { search } from '../../electron/library/search';
import { parseSearchText, toFtsQuery } from '../../electron/library/search-syntax';
import { addSummary } from '../../electron/library/summaries';
import { tempLibrary } from '../helpers/temp-library';

let lib: Library;
let cleanup: () => void;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ library: lib, cleanup } = await tempLibrary());
  const add = (key: string, title: string, body: string) => {
    ids[key] = addSummary(lib.db, { title, body, meetingDate: '2024-07-27', tags: [] }).id;
  };
  add('lavrov', 'Lavrov at the ASEAN Regional Forum', 'Sergey Lavrov spoke on maritime security in Vientiane.');
  add('lavrovEas', 'Lavrov at the East Asia Summit', 'Lavrov met the foreign minister of Indonesia.');
  add('blinken', 'Blinken in Jakarta', 'Antony Blinken discussed security with ASEAN partners.');
  add('g20', 'G20 finance ministers', 'A wealth tax on billionaires; security was not on the agenda.');
});
afterAll(() => cleanup());

const found = (text: string) =>
  search(lib.db, { text, limit: 50 })
    .hits.map((h) => Object.entries(ids).find(([, id]) => id === h.id)![0])
    .sort();

describe('search syntax: what the text becomes', () => {
  it('keeps the common one-word query as it was: a quoted prefix', () => {
    expect(toFtsQuery('Lavrov')).toBe('"Lavrov"*');
    expect(toFtsQuery('maritime secu')).toBe('"maritime" AND "secu"*');
  });

  it('OR between terms, -word and -"phrase" as NOT, "phrases" whole', () => {
    expect(toFtsQuery('Lavrov OR Blinken')).toBe('("Lavrov" OR "Blinken"*)');
    expect(toFtsQuery('Lavrov -ASEAN')).toBe('("Lavrov") NOT "ASEAN"');
    expect(toFtsQuery('"wealth tax" -"East Asia"')).toBe('("wealth tax") NOT "East Asia"');
    expect(toFtsQuery('security Lavrov OR Blinken')).toBe('"security" AND ("Lavrov" OR "Blinken"*)');
  });

  it('a dangling or doubled OR, a lone -, lower-case or and stray quotes are text or nothing', () => {
    expect(toFtsQuery('OR Lavrov OR')).toBe('"Lavrov"');
    expect(toFtsQuery('Lavrov OR OR Blinken')).toBe('("Lavrov" OR "Blinken"*)');
    expect(toFtsQuery('Lavrov or Blinken')).toBe('"Lavrov" AND "or" AND "Blinken"*');
    expect(toFtsQuery('Lavrov - Blinken')).toBe('"Lavrov" AND "Blinken"*');
    expect(toFtsQuery('NOT AND ( ) * : ^')).toBe('"NOT" AND "AND"*');
    expect(toFtsQuery('U.S. policy')).toBe('("U" AND "S") AND "policy"*');
    expect(toFtsQuery('"wealth tax')).toBe('"wealth" AND "tax"*');
  });

  it('only -terms: nothing to match, one thing to leave out', () => {
    expect(parseSearchText('-ASEAN -"East Asia"')).toEqual({ exclude: '"ASEAN" OR "East Asia"' });
    expect(parseSearchText('   ')).toEqual({});
  });
});

describe('search syntax: what it finds', () => {
  it('finds either word with OR', () => {
    expect(found('Lavrov OR Blinken')).toEqual(['blinken', 'lavrov', 'lavrovEas']);
  });

  it('leaves out summaries with a -word', () => {
    expect(found('Lavrov -ASEAN')).toEqual(['lavrovEas']);
    expect(found('security -"maritime security"')).toEqual(['blinken', 'g20']);
  });

  it('matches an exact phrase only in that order', () => {
    expect(found('"wealth tax"')).toEqual(['g20']);
    expect(found('"tax wealth"')).toEqual([]);
  });

  it('with only -terms, finds everything else', () => {
    expect(found('-Lavrov')).toEqual(['blinken', 'g20']);
    expect(search(lib.db, { text: '-Lavrov' }).total).toBe(2);
  });

  it('never hands FTS5 a syntax error, whatever is typed', () => {
    const alphabet = fc.constantFrom('a', 'b', 'Z', 'é', '"', '-', ' ', 'OR', 'AND', 'NOT', '(', ')', '*', ':', '^', '+', '{', '}', "'", '\\', 'NEAR', '北');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 14 }).map((parts) => parts.join('')), (text) => {
        expect(() => search(lib.db, { text, limit: 5 })).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});
