import { describe, expect, it } from 'vitest';
import { extract } from '../../electron/ingest/extract/extract';

/**
 * The fields issue 13 adds to the extraction contract (dateInfo, locationInfo, titleGenerated,
 * primaryForum, source) and the failure kinds of titles, places, forums and sources, on
 * invented inputs.
 */
describe('titles', () => {
  it('skips a dateline or a masthead and takes the headline below it', () => {
    const e = extract('Brussels, 24 March 2023\nMinisters agree on critical raw materials pact\nEU ministers met in Brussels on 24 March 2023 and agreed a pact on raw materials.');
    expect(e.title).toBe('Ministers agree on critical raw materials pact');
    expect(e.titleGenerated).toBe(false);
  });

  it('drops the site name after a headline', () => {
    expect(extract('Nordic ministers meet on Arctic research | Polar Ledger\nThe ministers met in Tromso on 2 May 2023 to agree joint research.').title).toBe('Nordic ministers meet on Arctic research');
  });

  it('composes and flags a title when there is no headline, never cutting a sentence', () => {
    const e = extract(
      'VIENTIANE, July 27 (Mekong Wire) - Foreign ministers at the 14th East Asia Summit Foreign Ministers\' Meeting, held in Vientiane on Saturday, discussed maritime security in the South China Sea at great length and without agreement.',
      { meta: { published: '2024-07-28' } },
    );
    expect(e.titleGenerated).toBe(true);
    expect(e.title).toBe("East Asia Summit Foreign Ministers' Meeting — Vientiane, 27 July 2024");
    expect(e.title).not.toContain('…');
  });
});

describe('places', () => {
  it('gives a phone call no place, and says why a place was chosen', () => {
    const call = extract('Leaders discuss energy by phone\nMOSCOW, Oct 2 - The two presidents held a telephone conversation on energy supplies and agreed to meet in Astana next month.');
    expect(call.location).toBeNull();
    expect(call.locationInfo).toBeNull();
    const met = extract('Ministers meet in Hanoi\nHANOI, May 4 - Foreign ministers met in Hanoi on Thursday.');
    expect(met.location).toEqual({ city: 'Hanoi', country: 'Vietnam' });
    expect(met.locationInfo?.note).toMatch(/dateline|with the meeting/);
    expect(met.locationInfo?.evidence.length).toBeGreaterThan(0);
  });

  it('does not take the next host or a capital that speaks for the meeting place', () => {
    const e = extract('Ministers close water talks\nThe ministers met in Dushanbe on 3 June 2023 and agreed a water charter. Moscow said it welcomed the charter. The next meeting will be held in Tashkent next year.');
    expect(e.location?.city).toBe('Dushanbe');
  });
});

describe('forums', () => {
  it('names the body rather than its parent, and both forums of a joint summit', () => {
    const arf = extract('Ministers meet at the ARF\nForeign ministers attended the 31st ASEAN Regional Forum in Vientiane, where ASEAN ministers also met.');
    expect(arf.forums.map((f) => f.name)).toEqual(['ASEAN Regional Forum']);
    expect(arf.primaryForum).toBe('ASEAN Regional Forum');
    const joint = extract('Two blocs meet\nLeaders of the East African Community and the Southern African Development Community held a joint summit in Dar es Salaam on 8 February 2025.');
    expect(joint.forums.map((f) => f.name).sort()).toEqual(['East African Community', 'SADC']);
  });

  it('does not count a forum named in passing or in noise', () => {
    const e = extract('Ministers meet in Lima\nThe foreign ministers of Peru and Chile met in Lima on 3 May 2023 to discuss lithium. They also spoke about next year\'s G20 summit.\nRelated:\nBRICS leaders gather in Johannesburg');
    expect(e.forums).toEqual([]);
    expect(e.primaryForum).toBeNull();
  });

  it('finds named events', () => {
    const e = extract('Leaders adopt pact\nWorld leaders adopted the Pact for the Future at the Summit of the Future in New York on 22 September 2024.');
    expect(e.forums.map((f) => f.name)).toContain('Summit of the Future');
  });
});

describe('sources', () => {
  it('takes a reader\'s metadata first, then the text\'s own lines, and the file name only as a last resort', () => {
    const meta = extract('Ministers meet\nThe ministers met in Oslo on 2 May 2023.', { fileName: 'h15.txt', meta: { publisher: 'Polar Ledger', url: 'https://polar.example/a', published: '2023-05-03T08:00:00Z' } });
    expect(meta.source).toEqual({ publisher: 'Polar Ledger', url: 'https://polar.example/a', author: null, published: '2023-05-03', fileName: null });
    const text = extract('Ministers meet\nBy Ingrid Solberg | Published 3 May 2023\nThe ministers met in Oslo on 2 May 2023.\nSource: Polar Ledger\nhttps://polar.example/b', { fileName: 'h15.txt' });
    expect(text.source).toEqual({ publisher: 'Polar Ledger', url: 'https://polar.example/b', author: 'Ingrid Solberg', published: '2023-05-03', fileName: null });
    const bare = extract('Ministers meet\nThe ministers met in Oslo.', { fileName: 'h15.txt' });
    expect(bare.source).toEqual({ publisher: null, url: null, author: null, published: null, fileName: 'h15.txt' });
  });

  it('keeps dateInfo and locationInfo null exactly when date and location are', () => {
    for (const text of ['Nothing here', 'Ministers meet\nThe ministers met in Oslo on 2 May 2023.', 'Call\nThe presidents held a phone call on 2 May 2023.']) {
      const e = extract(text);
      expect(e.dateInfo === null).toBe(e.date === null);
      expect(e.locationInfo === null).toBe(e.location === null);
      if (e.dateInfo) expect(e.dateInfo.confidence).toBeGreaterThan(0);
    }
  });
});
