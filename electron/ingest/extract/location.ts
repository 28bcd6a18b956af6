import type { Doc } from './document';
import type { Country } from './gazetteer';

/**
 * Where the meeting took place: the dateline city ("VIENTIANE, July 27 -"), else the city
 * named with a meeting ("in Vientiane", "visit to Moscow", "held in Astana") early in the
 * text, else the first city of the lead. A city resolves to its country through the
 * gazetteer; a country alone ("talks in Laos") gives a location without a city.
 */
export interface Location {
  city: string | null;
  country: string | null;
}

const PLACE_PREPOSITION = new Set(['in', 'at', 'to', 'from']);
const FUTURE = /\b(?:scheduled|will|next|upcoming|planned|due)\b/i;
const MEETING = /\b(?:held|met|meet|meeting|meetings|summit|session|talks|visit|visited|arrived|attended|hosted|gathered|convened|took place|ministerial|conference|forum)\b/i;

export function findLocation(doc: Doc): Location | null {
  let best: { city: string | null; country: Country; score: number } | undefined;
  for (const m of doc.places) {
    const v = m.value;
    const isCity = v.kind === 'city' || (v.kind === 'country' && v.form === 'name' && v.country.capital === v.country.name);
    const isCountry = v.kind === 'country' && v.form === 'name' && !isCity;
    if (!isCity && !isCountry) continue;
    const country = v.kind === 'city' ? v.country : (v as { country: Country }).country;
    const sentenceIndex = doc.sentenceOf[m.from]!;
    const sentence = doc.sentences[sentenceIndex]!;
    const text = doc.text.slice(sentence.start, sentence.end);
    const prev = m.from > 0 && doc.sentenceOf[m.from - 1] === sentenceIndex ? doc.tokens[m.from - 1]!.key : '';
    const lineStart = doc.text.lastIndexOf('\n', m.start) + 1;
    let score = 0;
    const datelinePrefix = m.start === lineStart || /^(?:\p{Lu}[\p{Lu}.' -]*,\s*)$/u.test(doc.text.slice(lineStart, m.start));
    if (isCity && datelinePrefix && lineStart < 400 && /^(?:,\s*\p{Lu}[\p{L}. ]{1,30})?\s*(?:,|\(|[—–-]\s)/u.test(doc.text.slice(m.end, m.end + 40))) {
      score = isUpper(doc.text.slice(m.start, m.end)) ? 10 : 6; // dateline: "VIENTIANE, July 27 -", "Moscow, 27 July —"
    } else {
      if (PLACE_PREPOSITION.has(prev)) score += 2;
      if (MEETING.test(text)) score += 1.5;
      if (FUTURE.test(doc.text.slice(Math.max(sentence.start, m.start - 50), m.start))) score -= 2;
      score += 2 * (1 - Math.min(sentenceIndex, 8) / 8);
      if (!isCity) score -= 1.5;
      if (prev !== 'in' && prev !== 'at' && prev !== 'to' && !isCity) score -= 2;
    }
    if (score > 0.5 && (!best || score > best.score)) best = { city: isCity ? (v.kind === 'city' ? v.city : country.name) : null, country, score };
  }
  return best ? { city: best.city, country: best.country.name } : null;
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}
