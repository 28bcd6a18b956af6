import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/library/migrate';
import type { Library } from '../../electron/library/open-library';
import { scriptSearchText } from '../../electron/library/script-search';
import { search } from '../../electron/library/search';
import { addSummary, deleteSummary, updateSummary } from '../../electron/library/summaries';
import { tempLibrary } from '../helpers/temp-library';

let lib: Library;
let cleanup: () => void;
beforeEach(async () => {
  ({ library: lib, cleanup } = await tempLibrary());
});
afterEach(() => cleanup());

const titles = (text: string, extra: Parameters<typeof search>[1] = {}) => search(lib.db, { text, ...extra }).hits.map((h) => h.title);

describe('search in Chinese, Japanese, Korean, Arabic and Hebrew', () => {
  it('finds a Chinese name inside a longer run of ideographs, and marks it in the snippet', () => {
    addSummary(lib.db, { title: 'Xi meets delegation', body: '国家主席习近平在人民大会堂会见了外国代表团。The talks covered trade.' });
    addSummary(lib.db, { title: 'Other', body: '近平原地区的农业发展很快。' });
    expect(titles('习近平')).toEqual(['Xi meets delegation']);
    const hit = search(lib.db, { text: '习近平' }).hits[0]!;
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['习近平']);
    // Mixed with a word of another script: a summary must match both.
    expect(titles('习近平 trade')).toEqual(['Xi meets delegation']);
    expect(titles('习近平 sanctions')).toEqual([]);
  });

  it('finds Japanese and Korean names inside longer text', () => {
    addSummary(lib.db, { title: 'Kishida', body: '岸田文雄首相は記者会見で述べた。' });
    addSummary(lib.db, { title: 'Kim', body: '김정은위원장이 시찰했다.' });
    expect(titles('岸田文雄')).toEqual(['Kishida']);
    expect(titles('김정은')).toEqual(['Kim']);
  });

  it('finds an Arabic name with and without harakat and tatweel, and Hebrew without niqqud', () => {
    addSummary(lib.db, { title: 'Vocalised', body: 'استقبل وليّ العهد مُحَمَّد بن سلمان الوفد في الرياض.' });
    addSummary(lib.db, { title: 'Stretched', body: 'التقى محـــمد بن سلمان بالرئيس.' });
    addSummary(lib.db, { title: 'Hebrew', body: 'ראש הממשלה נִפְגַּשׁ עם השר.' });
    expect(titles('محمد بن سلمان').sort()).toEqual(['Stretched', 'Vocalised']);
    expect(titles('مُحَمَّد').sort()).toEqual(['Stretched', 'Vocalised']);
    expect(titles('נפגש')).toEqual(['Hebrew']);
    expect(search(lib.db, { text: 'محمد' }).hits.find((h) => h.title === 'Vocalised')!.snippet.some((p) => p.match && p.text === 'مُحَمَّد')).toBe(true);
  });

  it('follows edits and deletions, and keeps filters and facets', () => {
    const { id } = addSummary(lib.db, {
      title: 'Visit', body: '国家主席习近平会见。', tags: [{ kind: 'forum', name: 'Shanghai Cooperation Organisation' }],
    });
    expect(search(lib.db, { text: '习近平', forum: ['Shanghai Cooperation Organisation'] }).total).toBe(1);
    expect(search(lib.db, { text: '习近平' }).facets.forum.map((f) => f.name)).toEqual(['Shanghai Cooperation Organisation']);
    updateSummary(lib.db, id, { title: 'Visit', body: '总理李强会见。' });
    expect(titles('习近平')).toEqual([]);
    expect(titles('李强')).toEqual(['Visit']);
    deleteSummary(lib.db, id);
    expect(titles('李强')).toEqual([]);
    expect(lib.db.prepare('SELECT count(*) FROM script_index_queue').pluck().get()).toBe(0);
  });

  it('queues nothing for Latin, Greek and Cyrillic text (the word index serves it)', () => {
    const { id } = addSummary(lib.db, { title: 'Lavrov', body: 'Сергей Лавров met Κυριάκος Μητσοτάκης in Athens.' });
    updateSummary(lib.db, id, { title: 'Lavrov in Athens', body: 'Сергей Лавров met Κυριάκος Μητσοτάκης in Athens.' });
    expect(lib.db.prepare('SELECT count(*) FROM script_index_queue').pluck().get()).toBe(0);
    expect(titles('Лавров')).toEqual(['Lavrov in Athens']);
    expect(scriptSearchText('Сергей Лавров')).toBe('');
  });

  it('an upgraded library queues the summaries it already holds, and indexes them before the first such search', () => {
    const db = new Database(':memory:');
    migrate(db, { upTo: 40 });
    addSummary(db, { title: 'Old', body: '国家主席习近平会见了代表团。' });
    addSummary(db, { title: 'Latin', body: 'Nothing to queue here.' });
    migrate(db);
    expect(db.prepare('SELECT count(*) FROM script_index_queue').pluck().get()).toBe(1);
    expect(search(db, { text: '习近平' }).hits.map((h) => h.title)).toEqual(['Old']);
    expect(db.prepare('SELECT count(*) FROM script_index_queue').pluck().get()).toBe(0);
    db.close();
  });
});

describe('upgrading a library file', () => {
  it('indexes the queued summaries when the library opens, reporting progress', async () => {
    const { tempDir } = await import('../helpers/temp-library');
    const { openLibrary } = await import('../../electron/library/open-library');
    const { dir, cleanup: remove } = tempDir();
    try {
      const path = `${dir}/library.sqlite`;
      const old = new Database(path);
      migrate(old, { upTo: 40 });
      for (let i = 0; i < 2500; i++) addSummary(old, { title: `Visit ${i}`, body: `第${i}次会见：国家主席习近平会见了代表团。` });
      old.close();
      const progress: number[] = [];
      const upgraded = await openLibrary(path, { onUpgradeProgress: (p) => progress.push(p.done) });
      try {
        expect(progress[0]).toBe(0);
        expect(progress.at(-1)).toBe(2500);
        expect(progress.length).toBeGreaterThan(2);
        expect(upgraded.db.prepare('SELECT count(*) FROM script_index_queue').pluck().get()).toBe(0);
        expect(search(upgraded.db, { text: '习近平' }).total).toBe(2500);
      } finally {
        upgraded.close();
      }
    } finally {
      remove();
    }
  });
});
