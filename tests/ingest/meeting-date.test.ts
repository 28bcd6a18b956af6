import { describe, expect, it } from 'vitest';
import { extract } from '../../electron/ingest/extract/extract';

/**
 * Dates by evidence and constraints (issue 13), on invented inputs of each failure kind:
 * year-less datelines, unrelated years, numeric forms, header lines removed as boilerplate,
 * multi-day meetings, honest precision, and no date after the publication date.
 */
const date = (text: string, options = {}) => extract(text, options);

describe('meeting dates', () => {
  it('does not take the year of a later chairmanship for a year-less dateline', () => {
    const e = date(
      'Ministers agree on water-sharing roadmap\nTASHKENT, Sept 5 (Wire) - Foreign ministers of the five Central Asian states met on Thursday to agree on a roadmap for sharing river water.\nUzbekistan will take over the rotating chairmanship in 2027, officials said.',
    );
    // 5 September fell on a Thursday in 2024; 2027 is a chairmanship, not the date.
    expect(e.date).toBe('2024-09-05');
    expect(e.dateInfo?.note).toMatch(/Thursday agrees/);
  });

  it('ignores the year of an earlier event ("first visit since July 2001")', () => {
    const e = date(
      'Published 21 June 2023\nLeader lands in Hanoi for talks\nHANOI, June 20 - The president arrived in Hanoi for talks with his counterpart, his first visit since July 2001.',
    );
    expect(e.date).toBe('2023-06-20');
    expect(e.dateInfo?.note).toMatch(/publication/);
  });

  it('lets a named weekday pick the year when nothing else gives one', () => {
    const e = date('Leaders open a summit on river basins\nDUSHANBE, Oct 13 - Leaders opened the summit on Thursday with calls for joint water management.');
    expect(e.date).toBe('2022-10-13');
  });

  it('reads a date in a title that starts with a place and its country', () => {
    const e = date("Ta' Xbiex, Malta, 6 December 2023\nThe ministers met in the Maltese capital region and agreed a joint statement on migration. Next year's meeting is set for 1 January 2025.");
    expect(e.date).toBe('2023-12-06');
  });

  it('keeps the date of a header line that cleaning removes', () => {
    const e = date('Press briefing summary | 2023-03-14 | Ottawa\nThe two foreign ministers held talks on Arctic cooperation and signed a memorandum on research stations.');
    expect(e.removed.join('\n')).toContain('2023-03-14');
    expect(e.date).toBe('2023-03-14');
    expect(e.dateInfo?.evidence).toEqual([]);
    expect(e.source.published).toBe('2023-03-14');
  });

  it('reads numeric dates day first with dots and month first when the day shows it', () => {
    expect(date('Talks in Riga\nThe ministers met in Riga on 12.02.2023 to discuss energy links.').date).toBe('2023-02-12');
    expect(date('Talks in Ottawa\nThe ministers met in Ottawa on 05/23/2023 to discuss energy links.').date).toBe('2023-05-23');
    // A text that writes "March 5, 2023" writes 03/04/2023 month first too.
    expect(date('Posted March 5, 2023 by the newsroom\nTalks in Ottawa\nThe ministers met in Ottawa on 03/04/2023 to discuss energy links.').date).toBe('2023-03-04');
    expect(date('Talks in Riga\nThe ministers met in Riga on 03/04/2023 to discuss energy links.').date).toBe('2023-04-03');
  });

  it('gives a month when the text gives only a month, never a made-up day', () => {
    const e = date('Regional ministers meet on fisheries\nThe ministers met in Suva in July 2023 and agreed to pool patrol data.');
    expect(e.date).toBe('2023-07');
    expect(e.dateInfo?.note).toMatch(/month only/);
  });

  it('dates a meeting over several days by its first day, across a month end', () => {
    expect(date('Summit on ocean governance\nLeaders met in Lisbon from 30 June to 2 July 2023 for the summit.').date).toBe('2023-06-30');
    expect(date('Summit on ocean governance\nLeaders met in Lisbon on 27-29 June 2023 for the summit.').date).toBe('2023-06-27');
    expect(date('Summit on ocean governance\nLeaders wrapped up their two-day summit in Lisbon on 1 July 2023.').date).toBe('2023-06-30');
  });

  it('counts a weekday back from the publication date given by a reader', () => {
    const e = date('Ministers meet on grain corridor\nThe ministers met on Tuesday in Istanbul and agreed to extend the grain corridor.', { meta: { published: '2023-07-14T09:00:00Z' } });
    expect(e.date).toBe('2023-07-11');
    expect(e.source.published).toBe('2023-07-14');
  });

  it('falls back on the publication date, with a low confidence, when the text dates nothing', () => {
    const e = date('Telephone conversation with the President of Chile\nThe presidents discussed lithium supplies by telephone.\nOctober 3, 2023, 17:20');
    expect(e.date).toBe('2023-10-03');
    expect(e.dateInfo?.confidence).toBeLessThan(0.5);
    expect(e.dateInfo?.note).toMatch(/no date in the text/);
  });

  it('prefers a weekday that agrees with the date', () => {
    // 10 March 2023 was a Friday; 10 March 2024 a Sunday.
    const e = date('Talks in Doha\nThe envoys met on Friday, 10 March, in Doha.', { meta: { published: '2024-03-20' } });
    expect(e.date).toBe('2023-03-10');
  });
});

describe('no meeting date after the publication date', () => {
  const cases: Array<[string, string]> = [
    ['Ministers meet in Cairo\nThe ministers met in Cairo on 5 March 2024. The next summit is planned for 20 April 2024 in Algiers.', '2024-03-10'],
    ['Ministers meet in Cairo\nCAIRO, March 28 - The ministers met in Cairo on Thursday.', '2024-03-10'],
    ['Report from Cairo\nThe leaders will meet in Cairo on 20 March 2024 for a summit on water.', '2024-03-10'],
    ['Report from Cairo\nThe foundation was established on 1 May 2031, it said, and met on 2 March.', '2024-03-10'],
  ];
  for (const [text, published] of cases) {
    it(`holds for ${JSON.stringify(text.slice(0, 50))}`, () => {
      const e = extract(text, { meta: { published } });
      if (e.date && e.date.slice(0, 10) > published) expect(e.dateInfo?.note).toMatch(/lies ahead/);
      expect(e.dateInfo === null).toBe(e.date === null);
    });
  }

  it('says so when the text dates the meeting ahead', () => {
    const e = extract('Report from Cairo\nThe leaders will meet in Cairo on 20 March 2024 for a summit on water.', { meta: { published: '2024-03-10' } });
    expect(e.date).toBe('2024-03-20');
    expect(e.dateInfo?.note).toMatch(/lies ahead/);
  });
});
