import personNames from '../../../resources/gazetteer/person-names.json';
import { foldWord } from './text/tokenize';
import type { AnalysedText } from './document';
import type { Range } from './types';

/**
 * People named in the text: a capitalised name next to a title ("Foreign Minister Sergey
 * Lavrov", "External Affairs Minister S. Jaishankar", "Wang Yi, China's top diplomat"), or a
 * two- or three-word name that speaks ("Penny Wong said"). Later mentions by surname alone
 * ("Lavrov said") and transliteration variants ("Sergei"/"Sergey", "Zelensky"/"Zelenskyy")
 * fold into one person. No list of office holders is needed.
 */
export interface PersonCandidate {
  name: string;
  confidence: number;
  evidence: Range[];
}

/** Words that name an office on their own. */
const HEADS = new Set([
  'minister', 'ministers', 'president', 'premier', 'chancellor', 'secretary', 'ambassador', 'envoy', 'representative', 'commissioner',
  'spokesperson', 'spokesman', 'spokeswoman', 'king', 'queen', 'emir', 'amir', 'sultan', 'prince', 'princess', 'sheikh', 'shaikh',
  'pope', 'senator', 'governor', 'mayor', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'diplomat', 'counterpart',
  'leader', 'general', 'admiral', 'marshal', 'adviser', 'advisor', 'councillor', 'councilor', 'speaker', 'mr', 'mrs', 'ms', 'dr',
  'excellency', 'head', 'chief', 'deputy', 'official', 'taoiseach', 'monarch', 'foreign', 'defence', 'defense', 'vice', 'crown',
  'principal', 'undersecretary', 'attache', 'consul', 'lawmaker', 'mp', 'coordinator', 'negotiator', 'rapporteur', 'president-elect',
  'sherpa', 'commander', 'colonel', 'lieutenant', 'professor', 'prof', 'his', 'her', 'h', 'e', 'shri', 'smt', 'sri', 'chairman',
]);
/** Words that occur inside titles ("Minister of Foreign Affairs of the Russian Federation"). */
const MODS = new Set([
  'foreign', 'external', 'affairs', 'defence', 'defense', 'deputy', 'vice', 'prime', 'first', 'state', 'of', 'the', 'for', 'and',
  'general', 'special', 'high', 'top', 'senior', 'national', 'security', 'home', 'interior', 'finance', 'trade', 'economy',
  'economic', 'crown', 'supreme', 'chief', 'executive', 'commission', 'office', 'ministry', 'assistant', 'under', 'permanent',
  'acting', 'former', 'new', 'incoming', 'outgoing', 'then', 'current', 'elect', 's', 'cabinet', 'energy', 'health', 'industry',
  'justice', 'cooperation', 'development', 'international', 'relations', 'agriculture', 'culture', 'tourism', 'transport', 'digital',
  'environment', 'climate', 'european', 'union', 'policy', 'external', 'action', 'service', 'council', 'parliament', 'house',
  'majesty', 'highness', 'royal', 'federal', 'republic', 'kingdom', 'government', 'his', 'her', 'their', 'its', 'country', 'counterpart',
  'minister', 'secretary', 'president', 'ambassador', 'envoy', 'representative', 'commissioner', 'mission', 'delegation', 'central',
  'bank', 'governor', 'staff', 'armed', 'forces', 'army', 'navy', 'air', 'force', 'intelligence', 'adviser', 'advisor', 'a', 'an',
  'chair', 'chairman', 'head', 'leader', 'led', 'by', 'spokesperson', 'spokesman', 'spokeswoman', 'official', 'officials',
  'board', 'governors', 'directors', 'committee', 'co', 'chaired', 'chairs', 'as', 'second', 'term', 'was', 'is', 'were', 'been',
  'another', 'new', 'five', 'year', 'years',
]);
const PARTICLES = new Set(['bin', 'bint', 'al', 'el', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'ibn', 'y', 'ter', 'zu', 'sheikh', 'shaikh', 'abu', 'abdel', 'abd', 'ould']);
/** Particles and suffixes that do not identify a person: "al-Sisi" = "El-Sisi", "Biden Jr." = "Biden". */
const KEY_SKIP = new Set(['al', 'el', 'as', 'ad', 'ar', 'an', 'az', 'bin', 'ibn', 'jr', 'sr', 'ii', 'iii', 'iv']);
/** Verbs that title case capitalises after a name: "Xi Jinping Chairs Summit", "Lavrov Meets Wang". */
const HEADLINE_VERBS = new Set([
  'chairs', 'meets', 'holds', 'hosts', 'says', 'calls', 'urges', 'visits', 'attends', 'opens', 'signs', 'welcomes', 'leads', 'addresses',
  'receives', 'talks', 'warns', 'vows', 'pledges', 'joins', 'arrives', 'stresses', 'seeks', 'rejects', 'backs', 'slams', 'hails', 'discusses',
  'tells', 'offers', 'launches', 'unveils', 'wins', 'named', 'elected', 'to', 'and', 'at', 'in', 'on', 'with',
]);
const NOT_NAMES = new Set([
  'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'in', 'on', 'at',
  'as', 'but', 'and', 'or', 'if', 'while', 'after', 'before', 'during', 'with', 'for', 'from', 'by', 'to', 'a', 'an', 'both', 'all',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'ministry', 'ministerial', 'meeting', 'summit', 'statement', 'declaration', 'plan', 'initiative', 'agreement',
  'treaty', 'forum', 'session', 'conference', 'programme', 'program', 'strategy', 'partnership', 'dialogue', 'cooperation', 'council',
  'organization', 'organisation', 'committee', 'group', 'union', 'association', 'agency', 'bank', 'fund', 'house', 'palace', 'hall',
  'kremlin', 'pentagon', 'white', 'road', 'belt', 'city', 'island', 'islands', 'sea', 'ocean', 'centre', 'center', 'institute',
  'university', 'news', 'agency', 'times', 'post', 'daily', 'press', 'tass', 'reuters', 'xinhua', 'ria', 'novosti', 'bernama', 'antara',
  'afp', 'ap', 'kyodo', 'yonhap', 'ani', 'pti', 'photo', 'read', 'more', 'also', 'however', 'meanwhile', 'according', 'earlier',
  'later', 'today', 'yesterday', 'tomorrow', 'new', 'under', 'over', 'among', 'about', 'vision', 'framework', 'security', 'action',
  'era', 'day', 'week', 'year', 'north', 'south', 'east', 'west', 'global', 'international', 'national', 'joint', 'republic',
  'kingdom', 'federation', 'state', 'states', 'party', 'parliament', 'congress', 'senate', 'assembly', 'court', 'office', 'department',
  'affairs', 'foreign', 'mission', 'embassy', 'consulate', 'delegation', 'his', 'excellency', 'majesty', 'highness', 'secretariat',
  'communique', 'resolution', 'charter', 'convention', 'protocol', 'accord', 'accords', 'talks', 'there', 'what', 'when', 'where', 'why',
  'how', 'who', 'which', 'not', 'no', 'one', 'two', 'three', 'is', 'was', 'will', 'has', 'have', 'had', 'said', 'says', 'speaking',
  'addressing', 'asked', 'minister', 'president', 'secretary', 'ambassador', 'prime', 'deputy', 'chancellor', 'premier', 'mr', 'mrs',
  'ms', 'dr', 'general', 'sir', 'dame', 'lord', 'lady', 'saint', 'st', 'mount', 'lake', 'river', 'golden', 'bay', 'gulf', 'strait',
  'peninsula', 'zone', 'region', 'province', 'district', 'county', 'capital', 'square', 'street', 'avenue', 'tower', 'hotel', 'centre',
  // Words of the names of things, never of people ("Human Rights", "Interim Government", "Earth Resources Satellite").
  'human', 'rights', 'democratic', 'institutions', 'interim', 'government', 'resources', 'satellite', 'earth', 'quality', 'development',
  'independent', 'corridor', 'economic', 'forces', 'armed', 'structure', 'register', 'damage', 'transitional', 'sovereignty', 'rays',
  'hope', 'agenda', 'goals', 'compact', 'pact', 'future', 'generations', 'digital', 'peace', 'nations', 'united', 'allies', 'alliance',
]);
const SPEECH = new Set(['had', 'paid', 'made', 'sent', 'received', 'took', 'gave', 'answered', 'responded', 'countered', 'recalled', 'acknowledged', 'conceded', 'pressed', 'accused', 'denied', 'rejected', 'vowed', 'pledged', 'raised', 'defended', 'criticised', 'criticized', 'cautioned', 'dismissed', 'hailed', 'spoke', 'joined', 'represented', 'led', 'became', 'abstained', 'voted', 'signed', 'opened', 'chaired', 'hosted', 'attended', 'said', 'says', 'told', 'stressed', 'noted', 'added', 'emphasised', 'emphasized', 'stated', 'urged', 'called', 'warned', 'announced', 'underlined', 'underscored', 'highlighted', 'remarked', 'wrote', 'insisted', 'argued', 'explained', 'pointed', 'expressed', 'welcomed', 'reaffirmed', 'praised', 'thanked', 'proposed', 'suggested', 'declared', 'replied', 'confirmed', 'met', 'arrived', 'visited', 'held']);

const CAP = /^\p{Lu}/u;
const NICKNAMES = new Map(Object.entries(personNames.nicknames as Record<string, string>).map(([short, full]) => [translitKey(short), translitKey(full)]));
const INSTITUTION = new Set(['consultations', 'policy', 'board', 'organization', 'organisation', 'agency', 'council', 'commission', 'committee', 'ministry', 'bank', 'fund', 'institute', 'university', 'declaration', 'agreement', 'treaty', 'initiative', 'plan', 'programme', 'program', 'forum', 'party', 'front', 'movement', 'force', 'forces', 'group', 'union', 'association', 'authority', 'court', 'office', 'centre', 'center', 'foundation', 'company', 'corporation', 'summit', 'conference', 'strategy', 'partnership', 'accord', 'accords', 'pact', 'charter', 'compact']);

export function findPersons(doc: AnalysedText): PersonCandidate[] {
  const { tokens } = doc;
  const found: Array<{ from: number; to: number; confidence: number }> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(doc, i)) {
      i++;
      continue;
    }
    // Title words written with capitals ("Minister of State for Foreign Trade Thani ...") are not the name.
    if (tokens[i]!.surface.length > 1 && MODS.has(tokens[i]!.key) && i + 1 < tokens.length && joinable(doc, i, i + 1) && /^\p{Lu}/u.test(tokens[i + 1]!.surface)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && j - i < 6 && (glued(doc, j) || (joinable(doc, j - 1, j) && (isNameToken(doc, j) || particlesThenName(doc, j))))) j++;
    // "Xi Jinping Chairs Summit": a capitalised verb of a headline ends the name.
    for (let k = i + 1; k < j; k++) {
      if (HEADLINE_VERBS.has(tokens[k]!.key) && /^\p{Lu}/u.test(tokens[k]!.surface)) {
        j = k;
        break;
      }
    }
    // "Atomic Energy Organization", "Golden Gate Declaration": the start of an institution's or document's name.
    if (j < tokens.length && joinable(doc, j - 1, j) && INSTITUTION.has(tokens[j]!.key) && /^\p{Lu}/u.test(tokens[j]!.surface)) {
      i = j + 1;
      continue;
    }
    const size = j - i;
    const confidence = titleBefore(doc, i)
      ? 0.92
      : titleAfter(doc, j)
        ? 0.88
        : size >= 2 && size <= 4 && (speaks(doc, j) || ofCountry(doc, j) || countryBefore(doc, i))
          ? 0.78
          : 0;
    const initialOnly = size === 1 && tokens[i]!.surface.length === 1;
    // A single name ("President Lula", "Secretary Blinken") needs its title right before it.
    const single = size === 1 && !(i > 0 && HEADS.has(tokens[i - 1]!.key) && joinable(doc, i - 1, i));
    if (confidence > 0 && !initialOnly && !single && (size >= 2 || confidence >= 0.9)) found.push({ from: i, to: j, confidence: size === 1 ? confidence - 0.1 : confidence });
    i = j;
  }
  return foldPersons(doc, found);
}

function isNameToken(doc: AnalysedText, i: number): boolean {
  const t = doc.tokens[i]!;
  const c = t.surface.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false; // fast path: lower-case word or number
  if (!CAP.test(t.surface) || doc.inName[i] || NOT_NAMES.has(t.key) || HEADS.has(t.key) || INSTITUTION.has(t.key)) return false;
  if (t.surface.length > 1 && t.surface === t.surface.toUpperCase()) return false; // acronyms and shouting headlines
  return /^\p{L}/u.test(t.surface);
}

/** "Hu'akavameiliku": the lower-case rest of a word after an apostrophe is the same word. */
function glued(doc: AnalysedText, j: number): boolean {
  const t = doc.tokens[j]!;
  return doc.text[t.start - 1] === "'" && doc.tokens[j - 1]!.end === t.start - 1 && /^\p{Ll}{2,}/u.test(t.surface) && t.key !== 'll' && t.key !== 're' && t.key !== 've';
}

function isParticle(doc: AnalysedText, i: number): boolean {
  return PARTICLES.has(doc.tokens[i]!.surface.toLowerCase());
}

/** "von der Leyen", "bin Ahmed": particles inside a name, followed by more of the name. */
function particlesThenName(doc: AnalysedText, j: number): boolean {
  let k = j;
  while (k < doc.tokens.length && k - j < 3 && isParticle(doc, k)) {
    if (k > j && !joinable(doc, k - 1, k)) return false;
    k++;
  }
  return k > j && k < doc.tokens.length && joinable(doc, k - 1, k) && isNameToken(doc, k);
}

/** "Precious Matsoso of South Africa", "Philemon Yang of Cameroon". */
function ofCountry(doc: AnalysedText, j: number): boolean {
  const of = doc.tokens[j];
  if (!of || of.key !== 'of' || doc.text.slice(doc.tokens[j - 1]!.end, of.start) !== ' ') return false;
  const k = doc.tokens[j + 1]?.key === 'the' ? j + 2 : j + 1;
  const place = doc.places[(doc.placeStartingAt[k] ?? 0) - 1];
  return place?.value.kind === 'country' && place.value.form === 'name';
}

/** "Italy's Giorgia Meloni", "Indian Narendra Modi": a country right before a name. */
function countryBefore(doc: AnalysedText, i: number): boolean {
  let k = i - 1;
  if (doc.tokens[k]?.key === 's' && doc.text.slice(doc.tokens[k - 1]?.end ?? 0, doc.tokens[k]!.start) === "'") k--;
  return k >= 0 && doc.places[(doc.placeEndingAt[k] ?? 0) - 1]?.value.kind === 'country';
}

/** Two tokens belong to one name when only a space, a hyphen or an initial's dot separates them. */
function joinable(doc: AnalysedText, a: number, b: number): boolean {
  const gap = doc.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start);
  if (gap === ' ' || gap === '-' || gap === "'") return true;
  return gap === '. ' && doc.tokens[a]!.surface.length === 1;
}

/** "Foreign Minister", "Russia's foreign minister", "the foreign minister," before the name. */
function titleBefore(doc: AnalysedText, i: number): boolean {
  let j = i - 1;
  let comma = false;
  let steps = 0;
  let head = false;
  while (j >= 0 && steps < 12 && doc.sentenceOf[j] === doc.sentenceOf[i]) {
    const gap = doc.text.slice(doc.tokens[j]!.end, doc.tokens[j + 1]!.start);
    if (gap === ', ' && !comma && steps === 0) comma = true;
    else if (gap !== ' ' && gap !== '-' && gap !== "'" && gap !== '. ' && gap !== '.') break;
    const t = doc.tokens[j]!;
    if (HEADS.has(t.key) && !['his', 'her', 'h', 'e', 'foreign', 'defence', 'defense', 'vice', 'crown', 'deputy'].includes(t.key)) head = true;
    else if (!MODS.has(t.key) && !doc.inName[j] && !INSTITUTION.has(t.key) && !(CAP.test(t.surface) && steps > 0)) break;
    j--;
    steps++;
  }
  return head;
}

/** "Sergey Lavrov, Russia's foreign minister" / "Wang Yi, director of ...": a title after a comma. */
function titleAfter(doc: AnalysedText, j: number): boolean {
  if (j >= doc.tokens.length) return false;
  const gap = doc.text.slice(doc.tokens[j - 1]!.end, doc.tokens[j]!.start);
  const as = gap === ' ' && (doc.tokens[j]!.key === 'as' || doc.tokens[j]!.key === 'for');
  if (gap !== ', ' && gap !== ' (' && gap !== ' - ' && gap !== ' — ' && !as) return false;
  for (let k = j; k < Math.min(doc.tokens.length, j + 8); k++) {
    const t = doc.tokens[k]!;
    if (HEADS.has(t.key) && !['his', 'her', 'h', 'e', 'vice', 'crown'].includes(t.key)) return true;
    if (!MODS.has(t.key) && !doc.inName[k] && t.key !== 's' && !APPOSITION.has(t.key)) return false;
    if (k > j && /[,.;:)]/.test(doc.text.slice(doc.tokens[k - 1]!.end, t.start))) return false;
  }
  return false;
}

/** "Antony Blinken, in his last ARF as secretary of state": words of an apposition before its title. */
const APPOSITION = new Set(['in', 'last', 'final', 'capacity', 'role', 'who', 'now', 'currently', 'also']);

function speaks(doc: AnalysedText, j: number): boolean {
  const next = doc.tokens[j];
  return next !== undefined && SPEECH.has(next.key) && doc.text.slice(doc.tokens[j - 1]!.end, next.start) === ' ';
}

/**
 * Folded, transliteration-insensitive form: Sergei = Sergey = Сергей, Zelensky = Zelenskyy =
 * Zelenskiy = Зеленский. Cyrillic goes to Latin by a BGN/PCGN-style scheme first.
 */
export function translitKey(word: string): string {
  return foldWord(/[\u0400-\u04ff]/.test(word) ? cyrillicToLatin(word) : word)
    .replace(/[yj]/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1');
}

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'w',
};

export function cyrillicToLatin(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += CYRILLIC[ch] ?? ch;
  return out;
}

/** The words that identify a person: particles and suffixes dropped, a nickname's given name restored. */
function identity(words: readonly string[]): string[] {
  const core = words.filter((w) => !KEY_SKIP.has(w.toLowerCase()));
  const keys = (core.length ? core : words).map((w) => translitKey(w));
  if (keys.length > 1) keys[0] = NICKNAMES.get(keys[0]!) ?? keys[0]!;
  return keys;
}

function foldPersons(doc: AnalysedText, found: Array<{ from: number; to: number; confidence: number }>): PersonCandidate[] {
  interface Person { forms: Map<string, number>; firstSeen: number; confidence: number; evidence: Range[]; parts: string[] }
  const people = new Map<string, Person>();
  const covered = new Uint8Array(doc.tokens.length);
  // Full names first, so a lone "Secretary Blinken" in a headline joins "Antony J. Blinken" below it.
  const ordered = [...found].sort((a, b) => Number(b.to - b.from > 1) - Number(a.to - a.from > 1) || a.from - b.from);
  for (const f of ordered) {
    const words = doc.tokens.slice(f.from, f.to);
    const full = doc.text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/\s+/g, ' ');
    const ids = identity(words.map((w) => w.surface));
    const surname = ids[ids.length - 1]!;
    const key = ids.length === 1 ? surname : `${ids[0]![0]}:${surname}`;
    // A lone surname after a title ("President Prabowo") joins a full name already seen.
    const target = ids.length === 1 ? [...people.entries()].find(([, p]) => p.parts.includes(surname))?.[0] ?? key : key;
    const p: Person = people.get(target) ?? { forms: new Map(), firstSeen: f.from, confidence: 0, evidence: [], parts: ids };
    p.forms.set(full, (p.forms.get(full) ?? 0) + (words.length > 1 ? 1 : 0.5));
    p.confidence = Math.max(p.confidence, f.confidence);
    p.evidence.push([words[0]!.start, words[words.length - 1]!.end]);
    people.set(target, p);
    covered.fill(1, f.from, f.to);
  }
  // Later (or earlier) mentions by one part of the name: "Lavrov said", "Wang noted".
  const byPart = new Map<string, Person | null>();
  for (const p of people.values()) {
    for (const part of p.parts) if (part.length >= 3) byPart.set(part, byPart.has(part) && byPart.get(part) !== p ? null : p);
  }
  for (let i = 0; i < doc.tokens.length && byPart.size > 0; i++) {
    const c = doc.tokens[i]!.surface.charCodeAt(0);
    if (covered[i] || (c >= 97 && c <= 122) || doc.inName[i] || !CAP.test(doc.tokens[i]!.surface)) continue;
    const p = byPart.get(translitKey(doc.tokens[i]!.surface));
    if (p) p.evidence.push([doc.tokens[i]!.start, doc.tokens[i]!.end]);
  }
  const out: PersonCandidate[] = [];
  for (const p of people.values()) {
    // The Latin form names the person ("Sergey Lavrov (Сергей Лавров)"): the other is an alias.
    const latin = (n: string) => Number(/^[\p{Script=Latin}\s.'’-]+$/u.test(n));
    const name = [...p.forms.entries()].sort((a, b) => latin(b[0]) - latin(a[0]) || b[1] - a[1] || b[0].length - a[0].length)[0]![0];
    addOriginalScript(doc, p.evidence);
    if (!name.includes(' ') && p.forms.size === 1 && p.confidence < 0.8) continue;
    const confidence = Math.min(0.98, p.confidence + 0.02 * Math.min(p.evidence.length - 1, 3));
    out.push({ name, confidence: round(confidence), evidence: p.evidence.sort((a, b) => a[0] - b[0]) });
  }
  return out;
}

/** "Choe Son Hui (최선희)", "Xi Jinping (习近平)": the name in its own script, in parentheses, is the same person. */
function addOriginalScript(doc: AnalysedText, evidence: Range[]): void {
  for (const [, end] of [...evidence]) {
    const m = /^ \(([^\p{Script=Latin}()\d]{1,40})\)/u.exec(doc.text.slice(end, end + 45));
    if (m && /\p{L}/u.test(m[1]!)) evidence.push([end + 2, end + 2 + m[1]!.length]);
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
