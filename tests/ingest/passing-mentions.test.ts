import { describe, expect, it } from 'vitest';
import { extract } from '../../electron/ingest/extract/extract';
import { isBoilerplate } from '../../electron/ingest/extract/boilerplate';
import { cleanText } from '../../electron/ingest/extract/clean';

/** Rules of the second round of issue 13: names in passing, distractor cities, site noise. */
describe('forums named in passing', () => {
  const forums = (text: string) => extract(text).forums.map((f) => f.name);

  it('does not read an organ of another body as the UN organ', () => {
    expect(forums('The Peace and Security Council of the African Union held a ministerial session on Sudan on Thursday.')).not.toContain('UN Security Council');
    expect(forums('The OAS General Assembly opened in Asuncion on Wednesday.')).not.toContain('UN General Assembly');
    expect(forums('The UN Security Council met on Haiti on Thursday.')).toContain('UN Security Council');
  });

  it('does not take the next stop of a tour, an earlier meeting or a treaty for the forum', () => {
    const tour = forums('Indonesian President Prabowo Subianto held talks with Xi Jinping in Beijing on Saturday, the first stop of a tour that will take him to Peru for the APEC summit in Lima.');
    expect(tour).not.toContain('APEC');
    expect(forums('Foreign ministers of the Quad met in Tokyo on Monday. Blinken arrived from Vientiane, where he had attended the ASEAN meetings.')).not.toContain('ASEAN');
    expect(forums('Ministers of the Quad met on Monday and cited the UN Convention on the Law of the Sea.')).not.toContain('United Nations');
  });

  it('does not take a meeting someone came from, last met at, or will report to for the forum', () => {
    expect(forums('ASTANA, July 4 - Leaders of the Shanghai Cooperation Organisation met in Astana on Thursday. Putin said he would discuss the results at the BRICS summit in Kazan in October.')).toEqual(['Shanghai Cooperation Organisation']);
    expect(forums('Foreign ministers of the G20 met in Rio de Janeiro on Wednesday. Lavrov, who came from the UN Security Council debate in New York, spoke on Ukraine.')).toEqual(['G20']);
    expect(forums('Modi and Xi met in Kazan on the sidelines of the BRICS summit on Wednesday, their first formal talks in five years. They last met at the G20 summit in Bali.')).toEqual(['BRICS']);
    expect(forums('Kazakh President Tokayev received the Secretary-General of the OSCE in Astana on Monday. They discussed the upcoming CICA summit.')).toEqual([]);
    expect(forums('President Erdogan hosted Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Tuesday. Erdogan said Turkey wanted a seat at the BRICS table.')).toEqual([]);
  });

  it('finds a body named with its article, and the CIS when a CIS text says "the Commonwealth"', () => {
    expect(forums('Leaders of the Commonwealth wrapped up their heads of government meeting in Apia on Saturday.')).toContain('Commonwealth of Nations');
    const cis = forums('Foreign ministers of the CIS met in Minsk on Friday. The Commonwealth summit will follow.');
    expect(cis).toContain('Commonwealth of Independent States');
    expect(cis).not.toContain('Commonwealth of Nations');
  });
});

describe('distractor cities', () => {
  const city = (text: string) => extract(text).location?.city ?? null;
  it('prefers the meeting place to the bureau dateline, and reads "the Fijian capital"', () => {
    expect(city('SEOUL, March 3 (Han Wire) - South Korean Foreign Minister Cho Tae-yul met his Japanese counterpart in Tokyo on Sunday for talks on North Korea.')).toBe('Tokyo');
    expect(city("Ministers from the Pacific met on Saturday in the Fijian capital for the Forum Foreign Ministers Meeting. Leaders will meet in Nuku'alofa later this month.")).toBe('Suva');
    expect(city('Ministers met online on Monday. The next in-person meeting will take place in Geneva.')).toBeNull();
  });

  it('takes a country named as what was discussed ("the war in Sudan") for the subject, not the venue', () => {
    expect(city('The Arab League summit closed in Baghdad on Saturday after a day of talks dominated by the war in Sudan and the famine in Gaza.')).toBe('Baghdad');
    expect(city('The foreign ministers met on the margins of the summit to discuss the crisis in Haiti and the situation in Myanmar.')).toBeNull();
  });

  it('reads the city of a dated header strip set off with dashes', () => {
    expect(city('BRIEFING NOTES — 03/14/2025 — Geneva\nThe envoy discussed the crisis in Yemen with ministers.')).toBe('Geneva');
  });
});

describe('site noise', () => {
  it('recognises bios, corrections, pitches, greetings, UN headers and counters', () => {
    for (const line of [
      'Author bio: Grace Nguyen is the Canberra correspondent of The Southern Ledger. She was previously based in Hanoi.',
      "Correction: An earlier version of this story gave the wrong date for the summit's close.",
      'Comments are closed for this article.',
      'Get Europe Desk in your inbox',
      'Good morning. One story this week.',
      'Security Council 9751st Meeting (PM)',
      'Direct link: kremlin.example/events/president/news/76150',
      'BREAKING Leaders arrive in Astana for summit',
      '❤ 45 💬 12',
      'Sat 27 Jul 2024 08.15 BST',
      'Jane Doe, Staff Correspondent',
    ]) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['Breaking the deadlock, leaders agreed on a budget for 2025 after two days of talks in Valletta.', 'Good relations with Japan matter, the minister said at the end of the talks in Seoul.']) expect(isBoilerplate(line), line).toBe(false);
  });

  it('drops a related list whose entries follow a blank line after the header', () => {
    const body = cleanText('The summit opened on Thursday with a speech by the host, who spoke about trade and security across the region.\n\nRelated:\n\n- G20 sherpas meet in Rio\n- BRICS ministers gather in Moscow').body;
    expect(body).not.toMatch(/sherpas|BRICS/);
  });
});
