import type { BookEntry } from '../../electron/books/book-types';

const FORUMS = ['East Asia Summit', 'ASEAN Regional Forum', 'G20', 'UN Security Council', 'BRICS', 'Shanghai Cooperation Organisation', 'OSCE', 'African Union', 'Council of Europe', 'APEC'];
const ACTORS = ['Sergey Lavrov', 'Antony Blinken', 'Wang Yi', 'Penny Wong', 'Retno Marsudi', 'Annalena Baerbock', 'Jaishankar', 'Κυριάκος Μητσοτάκης', 'Сергей Рябков', 'Indonesia', 'Laos', 'Japan', 'Brazil', 'South Africa', 'Türkiye', 'European Union', 'ASEAN', 'United Nations'];
const PEOPLE = new Set(['Sergey Lavrov', 'Antony Blinken', 'Wang Yi', 'Penny Wong', 'Retno Marsudi', 'Annalena Baerbock', 'Jaishankar', 'Κυριάκος Μητσοτάκης', 'Сергей Рябков']);
const COUNTRIES = new Set(['Indonesia', 'Laos', 'Japan', 'Brazil', 'South Africa', 'Türkiye']);
const THEMES = ['Regional security & security architecture', 'Maritime security & law of the sea', 'Trade, investment & economic integration', 'Climate change & environment', 'Counterterrorism & violent extremism', 'Health & pandemic preparedness'];
const WORDS = 'the ministers discussed regional cooperation maritime security trade connectivity and the situation on the peninsula while stressing dialogue restraint and respect for international law including the convention on the law of the sea delegations welcomed progress on the code of conduct and agreed to strengthen coordination on disaster response food security energy transition and digital economy'.split(' ');

/** Deterministic pseudo-random meeting summaries for layout and speed tests. */
export function syntheticEntries(n: number, seed = 1): BookEntry[] {
  let s = seed >>> 0 || 1;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (min: number, max: number) => {
    const len = min + Math.floor(rand() * (max - min));
    const words = Array.from({ length: len }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  return Array.from({ length: n }, (_, i) => {
    const paragraphs = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => Array.from({ length: 2 + Math.floor(rand() * 4) }, () => sentence(8, 24)).join(' '));
    const forums = rand() < 0.1 ? [] : rand() < 0.2 ? [pick(FORUMS), pick(FORUMS)] : [pick(FORUMS)];
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const actors = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 5) }, () => pick(ACTORS)))];
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      title: `${sentence(4, 10).slice(0, -1)} (${i + 1})`,
      meetingDate: `${2020 + Math.floor(rand() * 5)}-${month}-${day}`,
      city: pick(['Vientiane', 'Jakarta', 'New York', 'Geneva', 'Rio de Janeiro', 'Αθήνα', 'Москва']),
      country: pick(['Laos', 'Indonesia', 'United States', 'Switzerland', 'Brazil', 'Greece', 'Russia']),
      sourceName: pick(['Xinhua', 'Kyodo', 'Reuters', 'MFA press release']),
      sourceUrl: `https://news.example.org/${2020 + (i % 5)}/diplomacy/ministerial-meeting-readout-${i}-with-a-rather-long-slug-that-needs-breaking`,
      body: paragraphs.join('\n\n'),
      keyPoints: Array.from({ length: Math.floor(rand() * 4) }, () => sentence(6, 18)),
      notes: rand() < 0.3 ? sentence(8, 20) : '',
      language: 'en',
      forums: [...new Set(forums)],
      actors,
      actorDetails: actors.map((name) => ({
        name,
        type: PEOPLE.has(name) ? ('person' as const) : COUNTRIES.has(name) ? ('country' as const) : ('organization' as const),
        aliases: [],
      })),
      primaryForum: forums[0] ?? null,
      publishedDate: null,
      sourceAuthor: null,
      themes: [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => pick(THEMES)))],
    };
  });
}
