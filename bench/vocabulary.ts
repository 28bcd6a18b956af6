import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import themesJson from '../resources/taxonomy/themes.json';

/**
 * The names the synthetic corpus draws on: forums and organizations, countries (with
 * demonym and capital), theme phrases. Read from resources/gazetteer/*.json when the
 * extraction helper has written them (any shape with `name` fields is understood), else a
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

/** Collects every object with a string `name` anywhere inside a parsed JSON document. */
function namedObjects(value: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) namedObjects(v, out);
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.name === 'string') out.push(obj);
    else for (const v of Object.values(obj)) namedObjects(v, out);
  }
  return out;
}

function firstString(obj: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const v = obj[key];
    if (typeof v === 'string' && v.trim()) return v;
    if (Array.isArray(v) && typeof v[0] === 'string' && v[0].trim()) return v[0];
  }
  return undefined;
}

function fromGazetteer(dir: string): { forums: Forum[]; countries: Country[]; files: string[] } {
  const forums: Forum[] = [];
  const countries: Country[] = [];
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      continue;
    }
    const isCountry = /countr|state|place|geo/i.test(file);
    const isForum = /forum|org|bod/i.test(file);
    for (const obj of namedObjects(parsed)) {
      const name = obj.name as string;
      if (isCountry) {
        const adjective = firstString(obj, ['adjective', 'adjectives', 'demonym', 'demonyms']);
        const capital = firstString(obj, ['capital', 'capitals', 'cities']);
        if (adjective && capital) countries.push({ name, adjective, capital });
      } else if (isForum) {
        const acronym = firstString(obj, ['acronym', 'acronyms', 'abbreviation', 'short']);
        forums.push(acronym && acronym !== name ? { name, acronym } : { name });
      }
    }
  }
  return { forums, countries, files };
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
