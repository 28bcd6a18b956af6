import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import themesJson from '../resources/taxonomy/themes.json';

/**
 * The names the synthetic corpus draws on: forums and organizations, countries (with
 * demonym and capital), theme phrases. Read from resources/gazetteer/*.json when the
 * extraction helper has written them, else a
 * small built-in list, so the benchmark runs at every stage of the project.
 */

export interface Forum {
  name: string;
  acronym?: string;
}

export interface Country {
  name: string;
  adjective: string;
  capital: string;
}

export interface Theme {
  id: string;
  name: string;
  phrases: string[];
}

export interface Vocabulary {
  forums: Forum[];
  countries: Country[];
  themes: Theme[];
  /** "built-in" or the gazetteer files read. */
  source: string;
  /** Changes whenever the lists change, so cached corpora are rebuilt. */
  fingerprint: string;
}

const BUILTIN_FORUMS: Forum[] = [
  { name: 'East Asia Summit', acronym: 'EAS' },
  { name: 'ASEAN Regional Forum', acronym: 'ARF' },
  { name: 'Shanghai Cooperation Organisation', acronym: 'SCO' },
  { name: 'BRICS' },
  { name: 'Group of Twenty', acronym: 'G20' },
  { name: 'Group of Seven', acronym: 'G7' },
  { name: 'United Nations Security Council', acronym: 'UNSC' },
  { name: 'United Nations General Assembly', acronym: 'UNGA' },
  { name: 'Asia-Pacific Economic Cooperation', acronym: 'APEC' },
  { name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE' },
  { name: 'Conference on Interaction and Confidence-Building Measures in Asia', acronym: 'CICA' },
  { name: 'Collective Security Treaty Organization', acronym: 'CSTO' },
  { name: 'Eurasian Economic Union', acronym: 'EAEU' },
  { name: 'Commonwealth of Independent States', acronym: 'CIS' },
  { name: 'African Union', acronym: 'AU' },
  { name: 'Gulf Cooperation Council', acronym: 'GCC' },
  { name: 'Organisation of Islamic Cooperation', acronym: 'OIC' },
  { name: 'Pacific Islands Forum', acronym: 'PIF' },
  { name: 'Mekong-Lancang Cooperation', acronym: 'LMC' },
  { name: 'BIMSTEC' },
  { name: 'ADMM-Plus' },
  { name: 'Council of Europe' },
  { name: 'North Atlantic Treaty Organization', acronym: 'NATO' },
  { name: 'World Health Assembly', acronym: 'WHA' },
  { name: 'International Atomic Energy Agency', acronym: 'IAEA' },
];

const BUILTIN_COUNTRIES: Country[] = [
  ['Russia', 'Russian', 'Moscow'], ['United States', 'U.S.', 'Washington'], ['China', 'Chinese', 'Beijing'],
  ['India', 'Indian', 'New Delhi'], ['Indonesia', 'Indonesian', 'Jakarta'], ['Laos', 'Lao', 'Vientiane'],
  ['Vietnam', 'Vietnamese', 'Hanoi'], ['Thailand', 'Thai', 'Bangkok'], ['Malaysia', 'Malaysian', 'Kuala Lumpur'],
  ['Philippines', 'Philippine', 'Manila'], ['Singapore', 'Singaporean', 'Singapore'], ['Japan', 'Japanese', 'Tokyo'],
  ['South Korea', 'South Korean', 'Seoul'], ['Australia', 'Australian', 'Canberra'], ['New Zealand', 'New Zealand', 'Wellington'],
  ['Brazil', 'Brazilian', 'Brasília'], ['South Africa', 'South African', 'Pretoria'], ['Egypt', 'Egyptian', 'Cairo'],
  ['Türkiye', 'Turkish', 'Ankara'], ['Iran', 'Iranian', 'Tehran'], ['Saudi Arabia', 'Saudi', 'Riyadh'],
  ['Kazakhstan', 'Kazakh', 'Astana'], ['Uzbekistan', 'Uzbek', 'Tashkent'], ['Germany', 'German', 'Berlin'],
  ['France', 'French', 'Paris'], ['United Kingdom', 'British', 'London'], ['Italy', 'Italian', 'Rome'],
  ['Greece', 'Greek', 'Athens'], ['Serbia', 'Serbian', 'Belgrade'], ['Mexico', 'Mexican', 'Mexico City'],
  ['Argentina', 'Argentine', 'Buenos Aires'], ['Nigeria', 'Nigerian', 'Abuja'], ['Kenya', 'Kenyan', 'Nairobi'],
  ['Ethiopia', 'Ethiopian', 'Addis Ababa'], ['Pakistan', 'Pakistani', 'Islamabad'], ['Bangladesh', 'Bangladeshi', 'Dhaka'],
  ['Cambodia', 'Cambodian', 'Phnom Penh'], ['Myanmar', 'Myanmar', 'Naypyidaw'], ['Fiji', 'Fijian', 'Suva'],
  ['Qatar', 'Qatari', 'Doha'], ['United Arab Emirates', 'Emirati', 'Abu Dhabi'], ['Canada', 'Canadian', 'Ottawa'],
].map(([name, adjective, capital]) => ({ name: name!, adjective: adjective!, capital: capital! }));

/** Phrases per theme: what a summary that "substantively discusses" the theme would say. */
const THEME_PHRASES: Record<string, string[]> = {
  'regional-security': ['regional security architecture', 'indivisible security', 'strategic stability in the region'],
  counterterrorism: ['counterterrorism cooperation', 'violent extremism', 'terrorist financing'],
  'transnational-crime': ['transnational organised crime', 'drug trafficking', 'trafficking in persons'],
  'cyber-ict': ['ICT security', 'cybercrime', 'critical information infrastructure'],
  'arms-control': ['nuclear non-proliferation', 'arms control regime', 'chemical weapons convention'],
  maritime: ['freedom of navigation', 'maritime security', 'the law of the sea'],
  'conflict-peace': ['ceasefire negotiations', 'the peace process', 'humanitarian corridors'],
  sanctions: ['unilateral sanctions', 'economic coercion', 'secondary sanctions'],
  'trade-investment': ['trade liberalisation', 'investment flows', 'supply chains'],
  'finance-tax': ['sovereign debt', 'payments in national currencies', 'tax cooperation'],
  energy: ['energy security', 'oil and gas supplies', 'nuclear power plants'],
  'climate-environment': ['climate finance', 'emissions reduction', 'biodiversity loss'],
  health: ['pandemic preparedness', 'epidemic response mechanism', 'vaccine production'],
  'food-agriculture': ['food security', 'grain exports', 'fertiliser supplies'],
  'disaster-emergency': ['disaster relief', 'emergency response', 'humanitarian assistance'],
  'transport-connectivity': ['transport corridors', 'railway connectivity', 'ferry service safety'],
  'tourism-exchanges': ['tourism cooperation', 'student exchanges', 'cultural ties'],
  development: ['sustainable development', 'development of remote areas', 'regional cooperation projects'],
  migration: ['irregular migration', 'refugee flows', 'labour migration'],
  'human-rights': ['human rights', 'the rule of law', 'democratic institutions'],
  multilateralism: ['a multipolar world order', 'reform of the Security Council', 'global governance'],
  'technology-digital': ['artificial intelligence', 'the digital economy', 'technological sovereignty'],
};

function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * resources/gazetteer/countries.json rows: [name, other names, adjectives, capital, cities];
 * organizations.json rows: [name, other names and acronyms, kind, parent?].
 */
function fromGazetteer(dir: string): { forums: Forum[]; countries: Country[] } {
  const read = (file: string): Record<string, unknown> | undefined => {
    try {
      return existsSync(join(dir, file)) ? (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  const countries: Country[] = [];
  for (const row of (read('countries.json')?.countries as unknown[]) ?? []) {
    if (!Array.isArray(row) || typeof row[0] !== 'string') continue;
    const adjective = strings(row[2])[0];
    const capital = typeof row[3] === 'string' ? row[3] : undefined;
    if (adjective && capital) countries.push({ name: row[0], adjective, capital });
  }
  const forums: Forum[] = [];
  const orgs = read('organizations.json');
  const rows = (orgs?.organizations ?? Object.values(orgs ?? {}).find(Array.isArray) ?? []) as unknown[];
  for (const row of rows) {
    if (!Array.isArray(row) || typeof row[0] !== 'string') continue;
    const acronym = strings(row[1]).find((a) => /^[A-Z][A-Z0-9+-]{1,9}$/.test(a));
    forums.push(acronym ? { name: row[0], acronym } : { name: row[0] });
  }
  return { forums, countries };
}

export function loadVocabulary(root: string): Vocabulary {
  const themes: Theme[] = (themesJson as Array<{ id: string; name: string }>).map((t) => ({
    id: t.id,
    name: t.name,
    phrases: THEME_PHRASES[t.id] ?? [t.name.toLowerCase()],
  }));
  const gaz = fromGazetteer(join(root, 'resources', 'gazetteer'));
  // A gazetteer too small to vary the corpus (or not yet written) is topped up by the built-ins.
  const forums = gaz.forums.length >= 20 ? gaz.forums : BUILTIN_FORUMS;
  const countries = gaz.countries.length >= 20 ? gaz.countries : BUILTIN_COUNTRIES;
  const source = [
    gaz.forums.length >= 20 ? `gazetteer forums (${forums.length})` : `built-in forums (${forums.length})`,
    gaz.countries.length >= 20 ? `gazetteer countries (${countries.length})` : `built-in countries (${countries.length})`,
  ].join(', ');
  return { forums, countries, themes, source, fingerprint: fingerprint({ forums, countries, themes }) };
}
