import { describe, expect, it } from 'vitest';
import { cleanText } from '../../electron/ingest/extract/clean';
import { extract } from '../../electron/ingest/extract/extract';

const CONTENT = [
  'Foreign ministers of the Shanghai Cooperation Organisation met in Astana on 21 May 2024 to prepare the July summit.',
  'By contrast with last year, the talks focused on transport corridors and the situation in Afghanistan.',
  'Share prices in Astana rose after the ministers agreed to simplify customs procedures.',
  'Photographs of the signing ceremony were released by the host ministry later in the day.',
];

const NOISE = [
  'Home › World › Asia',
  'By Aigerim Sultanova | Published 21 May 2024, 18:40',
  'Advertisement',
  'Photo: Reuters/Pavel Mikheyev',
  'Read More; G20 Ministers Propose 2% Wealth Tax on Billionaires',
  'Also read: BRICS sherpas meet in Moscow',
  'Share this article',
  'Subscribe to our newsletter for the weekly Central Asia roundup.',
  'We use cookies to improve your experience. By continuing you accept our privacy policy.',
  'Related stories:',
  'Kazakhstan and China sign visa waiver',
  'NATO chief visits Ankara',
  '',
  'Reporting by A. Sultanova; Editing by Desk',
  '© 2024 Example Media. All rights reserved.',
];

describe('cleaning', () => {
  const raw = [CONTENT[0], NOISE[0], NOISE[1], NOISE[2], CONTENT[1], NOISE[3], NOISE[4], CONTENT[2], NOISE[5], NOISE[6], NOISE[7], NOISE[8], CONTENT[3], ...NOISE.slice(9)].join('\n');
  const cleaned = cleanText(raw);

  it('keeps every content sentence, including ones that start like boilerplate', () => {
    for (const sentence of CONTENT) expect(cleaned.body).toContain(sentence);
  });

  it('removes each kind of boilerplate line and reports it', () => {
    for (const line of NOISE.filter(Boolean)) {
      expect(cleaned.body.split('\n')).not.toContain(line);
      expect(cleaned.removed).toContain(line);
    }
  });

  it('normalises whitespace, quotes and Markdown markup', () => {
    const { body } = cleanText('  **Lavrov\u2019s** \u201cvisit\u201d\u00a0to   [Hanoi](https://example.com)  \r\n\r\n\r\n\r\n_The two sides signed three agreements on trade._');
    expect(body).toBe('Lavrov\'s "visit" to Hanoi\n\nThe two sides signed three agreements on trade.');
  });

  it('extracts nothing found only in removed lines', () => {
    const e = extract(raw);
    const names = [...e.forums, ...e.actors].map((x) => x.name);
    expect(names).toContain('Shanghai Cooperation Organisation');
    for (const only of ['G20', 'BRICS', 'NATO', 'China', 'Turkey']) expect(names).not.toContain(only);
  });
});
