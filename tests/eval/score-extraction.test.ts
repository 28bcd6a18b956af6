import { describe, expect, it } from 'vitest';
import { DEVSET_TUNE2_DIR, loadFixtures } from './load-fixtures';
import { foldName, type NameResolver } from './name-resolver';
import { lineSurvives, samePerson, scoreArticle, sentenceSurvives, summarise, type ExpectedLabels, type ExtractionLike } from './score-extraction';
import themes from '../../resources/taxonomy/themes.json';

const fold: NameResolver = (n) => foldName(n);

/** The extraction a perfect extractor would return for an article: its labels, and its text minus the noise. */
function perfect(expected: ExpectedLabels, text: string): ExtractionLike {
  const noise = new Set(expected.noise);
  return {
    date: expected.date,
    location: expected.city || expected.country ? { city: expected.city, country: expected.country } : null,
    forums: expected.forums.map((name) => ({ name })),
    actors: expected.actors.map((a) => ({ ...a })),
    themes: expected.themes.map((id) => ({ id })),
    body: text
      .split('\n')
      .filter((l) => !noise.has(l.trim()))
      .join('\n'),
  };
}

describe('the extraction scorer', () => {
  const fixtures = loadFixtures();

  it('gives a perfect extraction full marks on every fixture', () => {
    const scores = fixtures.map((f) => scoreArticle(f.file, f.expected, perfect(f.expected, f.text), fold));
    const s = summarise(scores);
    expect([s.forums.f1, s.actors.f1, s.themes.f1, s.dateExact, s.cityAccuracy, s.noiseRemoved, s.contentKept]).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('counts a forum taken from a noise line as spurious and a missed actor as a false negative', () => {
    const f = fixtures.find((x) => x.file.startsWith('01-'))!;
    const got = perfect(f.expected, f.text);
    got.forums!.push({ name: 'G20' });
    got.actors = got.actors!.slice(1);
    const score = scoreArticle(f.file, f.expected, got, fold);
    expect(score.forums).toMatchObject({ fp: 1, spurious: ['G20'] });
    expect(score.actors.fn).toBe(1);
    expect(summarise([score]).forums.precision).toBeCloseTo(2 / 3);
  });

  it('notices noise left in the body and content sentences lost', () => {
    const f = fixtures.find((x) => x.file.startsWith('01-'))!;
    const lost = f.expected.content[0]!;
    const score = scoreArticle(f.file, f.expected, { body: f.text.replace(lost, '') }, fold);
    expect(score.noise.kept).toEqual(f.expected.noise);
    expect(score.content.lost).toEqual([lost]);
  });

  it('matches person names across transliteration and short forms, but not different people', () => {
    expect(samePerson('Sergei Lavrov', 'Sergey Lavrov')).toBe(true);
    expect(samePerson('S. Jaishankar', 'Subrahmanyam Jaishankar')).toBe(true);
    expect(samePerson('Lula', 'Luiz Inácio Lula da Silva')).toBe(true);
    expect(samePerson('Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan')).toBe(true);
    expect(samePerson('Wang Yi', 'Wang Wenbin')).toBe(false);
    expect(samePerson('Joe Biden', 'Jill Biden')).toBe(false);
    expect(samePerson('Mohammed bin Salman', 'Muhammad bin Salman')).toBe(true);
  });

  it('treats a short noise line as removed when it only survives inside a sentence', () => {
    expect(lineSurvives('Goa', 'The ministers met in Goa on Friday.')).toBe(false);
    expect(lineSurvives('Goa', 'The ministers met.\nGoa\nMore text.')).toBe(true);
    expect(sentenceSurvives('He said “no”.', 'Then he said "no".')).toBe(true);
  });

  it('has well-formed labels: known theme ids, ISO dates, sentences present in the text', () => {
    const ids = new Set(themes.map((t) => t.id));
    for (const f of [...fixtures, ...loadFixtures(DEVSET_TUNE2_DIR)]) {
      for (const id of f.expected.themes) expect(ids.has(id), `${f.file}: theme ${id}`).toBe(true);
      if (f.expected.date) expect(f.expected.date, f.file).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(f.expected.content.length, f.file).toBeGreaterThanOrEqual(3);
      expect(f.expected.noise.length, f.file).toBeGreaterThanOrEqual(1);
      for (const c of f.expected.content) expect(sentenceSurvives(c, f.text), `${f.file}: ${c}`).toBe(true);
      for (const n of f.expected.noise) expect(lineSurvives(n, f.text), `${f.file}: ${n}`).toBe(true);
    }
  });
});

describe('the gazetteer name resolver', () => {
  it('folds aliases, acronyms and demonyms onto one canonical key, and keeps capitals apart', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { loadNameResolver } = await import('./name-resolver');
    const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
    writeFileSync(join(dir, 'countries.json'), JSON.stringify({ countries: [['Russia', ['Russian Federation'], ['Russian'], 'Moscow', ['Kazan']]] }));
    writeFileSync(join(dir, 'orgs.json'), JSON.stringify([{ name: 'Shanghai Cooperation Organization', aliases: ['SCO'] }]));
    const resolve = loadNameResolver(dir);
    expect(resolve('Russian Federation')).toBe(resolve('Russia'));
    expect(resolve('Russian')).toBe(resolve('Russia'));
    expect(resolve('Moscow')).not.toBe(resolve('Russia'));
    expect(resolve('SCO')).toBe(resolve('Shanghai Cooperation Organisation'));
    expect(resolve('NATO')).toBe('nato');
  });
});

describe('the fixture loader', () => {
  it('pairs every article with its labels and every label file with an article', async () => {
    const { readdirSync } = await import('node:fs');
    const { FIXTURE_DIR } = await import('./load-fixtures');
    const labels = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.expected.json'));
    expect(loadFixtures().map((f) => f.file.replace(/\.(txt|md|html?)$/, '.expected.json')).sort()).toEqual(labels.sort());
  });
});
