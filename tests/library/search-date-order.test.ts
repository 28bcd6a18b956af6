import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/library/migrate';
import { search } from '../../electron/library/search';
import { addSummary } from '../../electron/library/summaries';

// The unfiltered listing (no text, no filter) pages through a cached date order; every page,
// in both directions and after a write, must be the slice SQL's own ORDER BY gives.
describe('unfiltered listing in date order', () => {
  const db = new Database(':memory:');
  migrate(db);
  const dates = ['2024-07-27', '2024-07', '2024', undefined, '2023-05-02', '2024-07-27', undefined, '2019-01-01', '2024-07-27', '2021'];
  dates.forEach((meetingDate, i) => addSummary(db, { title: `Meeting ${i}`, body: `Summary number ${i} of the listing.`, meetingDate }));

  const expected = (dir: 'ASC' | 'DESC') =>
    db.prepare(`SELECT id FROM summaries ORDER BY date_start IS NULL, date_start ${dir}, seq ${dir}`).pluck().all() as string[];
  const paged = (sort: 'date-asc' | 'date-desc', pageSize: number) => {
    const ids: string[] = [];
    for (let offset = 0; offset < 20; offset += pageSize) {
      const r = search(db, { sort, limit: pageSize, offset, facets: offset === 0 });
      expect(r.total).toBe(db.prepare('SELECT count(*) FROM summaries').pluck().get());
      ids.push(...r.hits.map((h) => h.id));
    }
    return ids;
  };

  it('gives every page as SQL orders it, newest or oldest first, undated last', () => {
    for (const size of [1, 3, 50]) {
      expect(paged('date-desc', size)).toEqual(expected('DESC'));
      expect(paged('date-asc', size)).toEqual(expected('ASC'));
    }
    // No sort given and no text: newest first.
    expect(search(db, { limit: 50 }).hits.map((h) => h.id)).toEqual(expected('DESC'));
  });

  it('follows writes made after the order was first computed', () => {
    paged('date-desc', 3);
    addSummary(db, { title: 'Newest', body: 'A meeting after all the others.', meetingDate: '2030-01-01' });
    addSummary(db, { title: 'Undated late', body: 'No date known for this one.' });
    expect(paged('date-desc', 3)).toEqual(expected('DESC'));
    expect(paged('date-asc', 4)).toEqual(expected('ASC'));
  });
});
