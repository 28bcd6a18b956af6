import type { Page } from '@playwright/test';
import type { TagInput } from '../../../electron/library/types';

/** A summary as a test writes it: what extraction would have found, as suggestions. */
export interface TestSummary {
  title: string;
  body: string;
  meetingDate?: string;
  city?: string;
  country?: string;
  keyPoints?: string[];
  sourceName?: string;
  sourceUrl?: string;
  forums?: string[];
  actors?: Array<{ name: string; type: 'person' | 'country' | 'organization' }>;
  themes?: string[];
}

/** Evidence ranges: every occurrence of `name` in `body`. */
function evidenceOf(body: string, name: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = body.indexOf(name); i !== -1; i = body.indexOf(name, i + name.length)) out.push([i, i + name.length]);
  return out;
}

/**
 * Adds summaries through the app's own API (`window.briefing.library.add`, served by the
 * bridge), with forums/actors/themes as extracted suggestions, then reloads the page so
 * the app starts from that library.
 */
export async function addSummaries(page: Page, summaries: TestSummary[]): Promise<string[]> {
  const inputs = summaries.map((s) => {
    const tag = (t: Omit<TagInput, 'source' | 'status' | 'evidence'>): TagInput => ({
      ...t,
      source: 'extracted',
      status: 'suggested',
      evidence: evidenceOf(s.body, t.name),
    });
    return {
      title: s.title,
      body: s.body,
      meetingDate: s.meetingDate ?? null,
      city: s.city ?? null,
      country: s.country ?? null,
      keyPoints: s.keyPoints ?? [],
      sourceName: s.sourceName ?? null,
      sourceUrl: s.sourceUrl ?? null,
      tags: [
        ...(s.forums ?? []).map((name) => tag({ kind: 'forum', name, confidence: 0.95 })),
        ...(s.actors ?? []).map((a) => tag({ kind: 'actor', name: a.name, actorType: a.type, confidence: 0.9 })),
        ...(s.themes ?? []).map((name) => tag({ kind: 'theme', name, confidence: 0.8 })),
      ],
    };
  });
  const ids = await page.evaluate(async (list) => {
    const added: string[] = [];
    for (const input of list) {
      const result = await window.briefing.library.add(input);
      if (!result.ok) throw new Error(result.error.message);
      added.push(result.value.id);
    }
    return added;
  }, inputs);
  await page.reload();
  await page.waitForFunction(() => typeof (window as { briefing?: unknown }).briefing === 'object', undefined, { timeout: 30_000 });
  return ids;
}

/** Three meetings in different forums, with overlapping actors and themes. */
export const THREE_MEETINGS: TestSummary[] = [
  {
    title: 'Lavrov at the ASEAN Regional Forum in Vientiane',
    meetingDate: '2024-07-27',
    city: 'Vientiane',
    country: 'Laos',
    body:
      'Russian Foreign Minister Sergey Lavrov attended the ASEAN Regional Forum in Vientiane.\n' +
      'Discussions focused on counterterrorism and maritime security in the region.',
    keyPoints: ['Lavrov opposed changes to the forum mandate.'],
    sourceName: 'Example Wire',
    sourceUrl: 'https://example.org/arf-2024',
    forums: ['ASEAN Regional Forum'],
    actors: [
      { name: 'Sergey Lavrov', type: 'person' },
      { name: 'Russia', type: 'country' },
    ],
    themes: ['Counterterrorism & violent extremism'],
  },
  {
    title: 'G20 finance ministers meet in Rio de Janeiro',
    meetingDate: '2024-07-26',
    city: 'Rio de Janeiro',
    country: 'Brazil',
    body: 'The G20 finance ministers discussed a global minimum tax on billionaires in Rio de Janeiro.\nBrazil chaired the meeting.',
    forums: ['G20'],
    actors: [{ name: 'Brazil', type: 'country' }],
    themes: ['Finance, debt & taxation'],
  },
  {
    title: 'East Asia Summit foreign ministers on maritime security',
    meetingDate: '2023-07-14',
    city: 'Jakarta',
    country: 'Indonesia',
    body: 'Foreign ministers of the East Asia Summit met in Jakarta. Lavrov spoke about maritime security.',
    forums: ['East Asia Summit'],
    actors: [
      { name: 'Lavrov', type: 'person' },
      { name: 'Indonesia', type: 'country' },
    ],
    themes: ['Maritime security & law of the sea'],
  },
];
