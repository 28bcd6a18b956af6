import { describe, expect, it } from 'vitest';
import { cleanText } from '../../electron/ingest/extract/clean';

/** Scraped noise of the kinds issue 13 lists, on invented pages: it leaves the body, the article stays. */
describe('scraped noise', () => {
  const article = 'Foreign ministers of the Nordic states met in Tromso on Tuesday and agreed to fund a joint Arctic research station.';
  const noise = [
    'The Fjord Ledger - Norway\'s Independent Daily',
    'Version for the visually impaired',
    'An official website of the Kingdom of Norway Here\'s how you know',
    'Stay connected with the Ministry:',
    'Follow Fjord Ledger on X',
    'Enjoyed this? Subscribe to Arctic Notes - one email a week, no spam.',
    'Publication date: May 2, 2023, 15:40',
    'The following is attributable to Spokesperson Ola Nordmann:',
    'Storm warning: heavy snow for Finnmark. Read more',
    'BREAKING: Krone steadies against euro',
    '- [G20 sherpas meet in Brasilia](/g20)',
    '*More from Arctic Notes:* [BRICS to meet in Kazan](#) · [APEC in Lima](#)',
  ];

  it('removes each kind of noise line and keeps the article', () => {
    const raw = [noise[0], 'Nordic ministers fund Arctic research station', ...noise.slice(1, 7), article, ...noise.slice(7)].join('\n');
    const { body, removed } = cleanText(raw);
    expect(body).toContain(article);
    expect(body).toContain('Nordic ministers fund Arctic research station');
    for (const line of noise) expect(body, line).not.toContain(line.replace(/[*[\]]/g, '').slice(0, 20));
    expect(removed.length).toBeGreaterThanOrEqual(noise.length);
  });

  it('removes a list of headlines under a "More in" header, and a transcript\'s speaker and venue lines', () => {
    const { body } = cleanText(['Remarks to the press', 'Foreign Minister Ola Nordmann', 'Hotel Continental, Oslo, Norway', article, 'More in Europe', 'Baltic ministers meet in Riga', 'Danish court rules on fishing quotas'].join('\n'));
    expect(body.split('\n')).toEqual(['Remarks to the press', article]);
  });
});
