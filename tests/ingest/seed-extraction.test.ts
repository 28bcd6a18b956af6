import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../electron/ingest/extract/extract';

const SEED = readFileSync('/work/shared/seeds/000_f3559fb801e34102.txt', 'utf8');

describe('extraction of the seed article (DESIGN.md)', () => {
  const e = extract(SEED, { fileName: '000_f3559fb801e34102.txt' });
  const actorNames = e.actors.map((a) => a.name);

  it('finds the two forums the meetings took place in, and no other', () => {
    expect(e.forums.map((f) => f.name).sort()).toEqual(['ASEAN Regional Forum', 'East Asia Summit']);
  });

  it('names the actors, each with its type', () => {
    const expected: Array<[string, string]> = [
      ['Sergey Lavrov', 'person'],
      ['Russia', 'country'],
      ['United States', 'country'],
      ['Indonesia', 'country'],
      ['ASEAN', 'organization'],
      ['Shanghai Cooperation Organisation', 'organization'],
      ['Eurasian Economic Union', 'organization'],
      ['NATO', 'organization'],
    ];
    for (const [name, type] of expected) expect(e.actors.find((a) => a.name === name)?.type, name).toBe(type);
  });

  it('takes nothing from the removed "Read More" line', () => {
    expect(e.removed).toEqual(['Read More; G20 Ministers Propose 2% Wealth Tax on Billionaires']);
    expect(e.body).not.toContain('G20');
    expect([...actorNames, ...e.forums.map((f) => f.name)]).not.toContain('G20');
  });

  it('dates the meeting 2024-07-27 (year inferred) in Vientiane, Laos', () => {
    expect(e.date).toBe('2024-07-27');
    expect(e.location).toEqual({ city: 'Vientiane', country: 'Laos' });
  });

  it('gives evidence ranges that point at the names in the cleaned body', () => {
    for (const item of [...e.forums, ...e.actors]) {
      expect(item.evidence.length, item.name).toBeGreaterThan(0);
      for (const [s, t] of item.evidence) expect(t).toBeGreaterThan(s);
    }
    const lavrov = e.actors.find((a) => a.name === 'Sergey Lavrov')!;
    expect(lavrov.evidence.map(([s, t]) => e.body.slice(s, t))).toEqual(['Sergey Lavrov', 'Lavrov', 'Lavrov', 'Lavrov']);
    const arf = e.forums.find((f) => f.name === 'ASEAN Regional Forum')!;
    expect(new Set(arf.evidence.map(([s, t]) => e.body.slice(s, t)))).toEqual(new Set(['ASEAN Regional Forum', 'ARF']));
    expect(e.actors.find((a) => a.name === 'United States')!.evidence.map(([s, t]) => e.body.slice(s, t))).toEqual(['U.S.-led']);
  });

  it('labels themes from the taxonomy and quotes 3-5 key points from the text', () => {
    const ids = e.themes.map((t) => t.id);
    for (const id of ['regional-security', 'counterterrorism', 'cyber-ict', 'transnational-crime']) expect(ids).toContain(id);
    expect(ids).not.toContain('finance-tax'); // the wealth-tax headline was boilerplate
    expect(e.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(e.keyPoints.length).toBeLessThanOrEqual(5);
    for (const k of e.keyPoints) expect(e.body).toContain(k);
  });

  it('keeps to the JSON contract of DESIGN.md', () => {
    expect(Object.keys(e).sort()).toEqual(
      ['actors', 'body', 'date', 'dateInfo', 'forums', 'keyPoints', 'location', 'locationInfo', 'primaryForum', 'removed', 'source', 'themes', 'title', 'titleGenerated'].sort(),
    );
    expect(Object.keys(e.source).sort()).toEqual(['author', 'fileName', 'published', 'publisher', 'url']);
    expect(Object.keys(e.themes[0]!).sort()).toEqual(['confidence', 'id', 'name']);
  });
});
