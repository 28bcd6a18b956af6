import type { Country, Forum, Theme, Vocabulary } from './vocabulary';

/**
 * A deterministic synthetic corpus of meeting summaries (1-4 KB each): wire stories, press
 * releases and readouts about meetings in a forum or bilateral visits, with scraped noise
 * lines mixed in. The same seed and vocabulary always give the same texts, so every run of
 * the benchmark measures the same work. Each item also carries the "truth" (forum, actors,
 * themes, date, place) used to build large libraries directly, without running extraction.
 */

/** Bump when the generator changes: cached libraries are keyed by it. */
export const CORPUS_GENERATOR_VERSION = 3;

export interface CorpusActor {
  name: string;
  type: 'person' | 'country' | 'organization';
}

export interface CorpusItem {
  id: string;
  /** What a user would import: the article with its noise lines. */
  raw: string;
  title: string;
  /** The article without noise lines (what cleaning should produce). */
  body: string;
  keyPoints: string[];
  date: string;
  city: string;
  country: string;
  forum: string | null;
  actors: CorpusActor[];
  themes: string[];
  sourceName: string;
  sourceUrl: string;
}

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
function sample<T>(r: Rand, xs: readonly T[], k: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < k && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST = ['Sergey', 'Maria', 'Antony', 'Wang', 'Subrahmanyam', 'Retno', 'Saleumxay', 'Penny', 'Annalena', 'Catherine', 'Hakan',
  'Mauro', 'Naledi', 'Sameh', 'Yoko', 'Cho', 'Enrique', 'Nikos', 'Đặng', 'Zhang', 'Ahmed', 'Olena', 'Jean-Noël', 'Murat', 'Ana',
  'Bui', 'Pham', 'Vivian', 'Winston', 'Ebrahim', 'Abdullah', 'Faisal', 'José', 'Søren', 'Ángela', 'Giorgos', 'Mirzoyan'];
const LAST = ['Lavrov', 'Zakharova', 'Blinken', 'Yi', 'Jaishankar', 'Marsudi', 'Kommasith', 'Wong', 'Baerbock', 'Colonna', 'Fidan',
  'Vieira', 'Pandor', 'Shoukry', 'Kamikawa', 'Tae-yul', 'Manalo', 'Dendias', 'Hoàng Vân', 'Jun', 'Al-Sayegh', 'Sybiha', 'Barrot',
  'Nurtleu', 'Gerapetritis', 'Thanh Sơn', 'Minh Chính', 'Balakrishnan', 'Peters', 'Raisi', 'bin Zayed', 'bin Farhan', 'Albares',
  'Rasmussen', 'Tokayev', 'Saidov', 'Mirziyoyev'];
const TITLES = ['Foreign Minister', 'Minister of Foreign Affairs', 'Deputy Foreign Minister', 'Prime Minister', 'President',
  'Defence Minister', 'Trade Minister', 'Special Envoy', 'State Secretary'];
const AGENCIES = ['TASS', 'Xinhua', 'Antara', 'Bernama', 'KPL', 'Reuters', 'AFP', 'PTI', 'Kyodo', 'Anadolu'];
const MEETING_TYPES = ['Ministerial Meeting', 'Summit', 'Foreign Ministers\u2019 Meeting', 'Senior Officials\u2019 Meeting', 'Council session'];
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '7th', '10th', '14th', '19th', '23rd', '31st', '44th', '57th'];
const NOISE = [
  (r: Rand, v: Vocabulary) => `Read More; ${pick(r, v.forums).acronym ?? pick(r, v.forums).name} Ministers Propose ${int(r, 1, 9)}% Levy on ${pick(r, ['Billionaires', 'Shipping', 'Carbon', 'Tech Giants'])}`,
  () => 'Advertisement',
  () => 'Share this article: Facebook Twitter WhatsApp Email',
  (r: Rand) => `Photo: ${pick(r, AGENCIES)} / ${pick(r, FIRST)} ${pick(r, LAST)}`,
  () => 'Subscribe to our newsletter for the latest updates',
  (r: Rand, v: Vocabulary) => `Also read: ${pick(r, v.countries).name} and ${pick(r, v.countries).name} sign memorandum on ${pick(r, pick(r, v.themes).phrases)}`,
  () => 'We use cookies to improve your experience. By continuing you accept our cookie policy.',
  (r: Rand) => `Home > World > ${pick(r, ['Asia', 'Europe', 'Africa', 'Americas', 'Middle East'])}`,
  (r: Rand) => `By ${pick(r, FIRST)} ${pick(r, LAST)}, staff correspondent`,
];

interface Official {
  name: string;
  title: string;
  country: Country;
}

const officialsCache = new WeakMap<Country[], Official[]>();
function officials(r: Rand, countries: Country[]): Official[] {
  const cached = officialsCache.get(countries);
  if (cached) return cached;
  const out: Official[] = [];
  for (const country of countries) {
    for (let i = 0; i < 3; i++) out.push({ name: `${pick(r, FIRST)} ${pick(r, LAST)}`, title: pick(r, TITLES), country });
  }
  officialsCache.set(countries, out);
  return out;
}

const surname = (name: string): string => name.split(' ').slice(-1)[0]!;
const forumLabel = (f: Forum): string => (f.acronym ? `${f.name} (${f.acronym})` : f.name);
const forumShort = (f: Forum): string => f.acronym ?? f.name;

function themeSentence(r: Rand, t: Theme, who: Official, other: Country): string {
  const phrase = pick(r, t.phrases);
  return pick(r, [
    `${surname(who.name)} stressed that ${phrase} remained a priority for ${who.country.name} and its partners.`,
    `The sides exchanged views on ${phrase}, agreeing to intensify consultations at expert level.`,
    `Delegations discussed ${phrase}, and ${other.name} proposed a joint working group to follow up before the end of the year.`,
    `According to the ${who.country.adjective} side, progress on ${phrase} depends on an equitable dialogue that takes every member's concerns into account.`,
    `A statement adopted at the meeting called for closer coordination on ${phrase} and for regular reporting to ministers.`,
    `${who.title} ${surname(who.name)} said that ${phrase} could not be separated from the broader agenda of the region.`,
  ]);
}

function filler(r: Rand, who: Official, forum: Forum | null, v: Vocabulary): string {
  const c = pick(r, v.countries);
  const org = pick(r, v.forums);
  return pick(r, [
    `The ${who.country.adjective} delegation also held a series of bilateral meetings with counterparts from ${c.name} and ${pick(r, v.countries).name}.`,
    `${surname(who.name)} highlighted the role of the ${forumLabel(org)} in reinforcing this framework and expressed concern over attempts to restrict the participation of certain members.`,
    `Observers noted that the discussions took place against a background of rising tensions, and that several delegations had asked for the agenda to be kept open.`,
    forum
      ? `Participants reviewed preparations for the next ${forumShort(forum)} meeting and the chair's draft of the final statement.`
      : `The visit is the first at this level in ${int(r, 2, 9)} years, and both sides described it as a new stage in relations.`,
    `Officials from ${c.name} said a roadmap would be submitted for approval at the next session, with funding to be agreed by the parties.`,
  ]);
}

export function generateItem(index: number, v: Vocabulary, seed = 20240727): CorpusItem {
  const r = prng(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const people = officials(prng(seed), v.countries);
  const host = pick(r, v.countries);
  const who = pick(r, people);
  const other = pick(r, v.countries.filter((c) => c !== who.country));
  const partner = pick(r, people.filter((p) => p.country === other));
  const forum = r() < 0.8 ? pick(r, v.forums) : null;
  const themes = sample(r, v.themes, int(r, 2, 4));
  const year = int(r, 2019, 2025);
  const month = int(r, 1, 12);
  const day = int(r, 1, 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const agency = pick(r, AGENCIES);
  const meeting = forum ? `the ${pick(r, ORDINALS)} ${pick(r, MEETING_TYPES)} of the ${forumLabel(forum)}` : undefined;

  const title = forum
    ? `${who.country.adjective} ${who.title} ${who.name} attends ${forumShort(forum)} meeting in ${host.capital}`
    : `${who.name} holds talks with ${other.adjective} counterpart ${partner.name} in ${host.capital}`;
  const lead = forum
    ? `${host.capital.toUpperCase()}, ${MONTHS[month - 1]} ${day} (${agency}) \u2014 ${who.country.adjective} ${who.title} ${who.name} attended ${meeting} in ${host.capital}, where ${pick(r, ['he', 'she'])} set out ${who.country.name}'s position on ${pick(r, themes[0]!.phrases)}.`
    : `${host.capital.toUpperCase()}, ${MONTHS[month - 1]} ${day} (${agency}) \u2014 ${who.title} ${who.name} of ${who.country.name} met ${partner.title} ${partner.name} of ${other.name} in ${host.capital} for talks on ${pick(r, themes[0]!.phrases)}.`;
  const second = `The meeting, held on ${MONTHS[month - 1]} ${day}, brought together ${forum ? `delegations of the ${forumShort(forum)} members` : 'the two delegations'} to discuss ${themes.map((t) => pick(r, t.phrases)).join(', ')}.`;

  const target = int(r, 1000, 3900);
  const content: string[] = [lead, second];
  let size = lead.length + second.length;
  while (size < target) {
    const para = [0, 1, 2]
      .map(() => (r() < 0.65 ? themeSentence(r, pick(r, themes), r() < 0.5 ? who : partner, other) : filler(r, who, forum, v)))
      .join(' ');
    content.push(para);
    size += para.length + 1;
  }
  // Noise lines land between paragraphs, as scrapers leave them.
  const lines: string[] = [];
  const noiseCount = int(r, 1, 3);
  const noiseAt = new Set(sample(r, content.map((_, i) => i), noiseCount));
  if (r() < 0.3) lines.push(pick(r, NOISE)(r, v));
  content.forEach((para, i) => {
    lines.push(para);
    if (noiseAt.has(i)) lines.push(pick(r, NOISE)(r, v));
  });
  const raw = `${title}\n${lines.join('\n')}\n`;
  const body = content.join('\n');

  const actors: CorpusActor[] = [
    { name: who.name, type: 'person' },
    { name: who.country.name, type: 'country' },
    { name: other.name, type: 'country' },
  ];
  if (!forum) actors.push({ name: partner.name, type: 'person' });
  if (host !== who.country && host !== other) actors.push({ name: host.name, type: 'country' });
  const hex = (index + 1).toString(16).padStart(12, '0');
  return {
    id: `b0000000-0000-4000-8000-${hex}`,
    raw,
    title,
    body,
    keyPoints: content.slice(0, 3).map((p) => p.split(/(?<=\.)\s/)[0]!),
    date,
    city: host.capital,
    country: host.name,
    forum: forum?.name ?? null,
    actors,
    themes: themes.map((t) => t.id),
    sourceName: agency,
    sourceUrl: `https://news.example/${agency.toLowerCase()}/${year}/${hex}`,
  };
}

export function* corpus(n: number, v: Vocabulary, seed?: number): Generator<CorpusItem> {
  for (let i = 0; i < n; i++) yield generateItem(i, v, seed);
}

/** Names in their own scripts, each with a sentence in that language (the pdf section's second book). */
const NATIVE: Array<{ name: string; sentence: string }> = [
  { name: 'محمد بن سلمان', sentence: 'استقبل ولي العهد الأمير محمد بن سلمان الوفد وبحث معه العلاقات الثنائية والسلام في المنطقة.' },
  { name: 'مسعود پزشکیان', sentence: 'رئیس‌جمهور مسعود پزشکیان درباره همکاری‌های منطقه‌ای گفت‌وگو کرد.' },
  { name: 'בנימין נתניהו', sentence: 'ראש הממשלה בנימין נתניהו נפגש עם המשלחת ודן בביטחון האזורי.' },
  { name: '习近平', sentence: '国家主席习近平会见代表团，双方就双边关系和地区和平交换意见。' },
  { name: '賴清德', sentence: '總統賴清德會見代表團，雙方就區域和平與經貿關係交換意見。' },
  { name: '岸田文雄', sentence: '岸田文雄首相は代表団と会談し、地域の安全保障について意見を交換した。' },
  { name: '김정은', sentence: 'Chairman Kim Jong Un (김정은) 국무위원장은 대표단을 접견하고 지역 정세를 논의했다.' },
  { name: 'नरेन्द्र मोदी', sentence: 'प्रधानमंत्री नरेन्द्र मोदी ने प्रतिनिधिमंडल से मुलाकात की और क्षेत्रीय सुरक्षा पर चर्चा की।' },
  { name: 'Владимир Путин', sentence: 'Президент Владимир Путин принял делегацию и обсудил региональную безопасность.' },
];

/**
 * The same items with one in `every` carrying a name in its own script (Arabic, Persian,
 * Hebrew, Chinese, Japanese, Korean, Hindi, Russian): in the title, as an actor, and in a
 * paragraph in that language opening the body. Used by the pdf section's non-Latin book.
 */
export function withNativeNames(items: readonly CorpusItem[], every = 10): CorpusItem[] {
  return items.map((item, i) => {
    if (i % every !== every - 1) return item;
    const native = NATIVE[Math.floor(i / every) % NATIVE.length]!;
    return {
      ...item,
      title: `${item.title} (${native.name})`,
      body: `${native.sentence}\n${item.body}`,
      keyPoints: [native.sentence, ...item.keyPoints],
      actors: [...item.actors, { name: native.name, type: 'person' }],
    };
  });
}
