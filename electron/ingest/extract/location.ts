import { keysBefore, type AnalysedText } from './document';
import { laterTrip } from './forums';
import { gazetteer, type Country } from './gazetteer';
import { tokenize } from './text/tokenize';
import type { FieldEvidence } from './types';

/**
 * Where the meeting took place: the dateline city ("VIENTIANE, July 27 -"), else the city
 * named with a meeting ("in Vientiane", "visit to Moscow", "held in Astana") early in the
 * text, else the first city of the lead. A city resolves to its country through the
 * gazetteer; a country alone ("talks in Laos") gives a location without a city. Cities of
 * other events lose: the next meeting's host ("will be held in Astana next year"), a place
 * someone came from or speaks for ("Moscow said", "arrived from Beijing"). A phone or video
 * call took place nowhere, so a text about one gets no location unless it also reports a
 * meeting in person.
 */
export interface Location {
  city: string | null;
  country: string | null;
}

const PLACE_PREPOSITION = new Set(['in', 'at', 'to']);
const OTHER_TIME = new Set(['after', 'since', 'before', 'previous', 'last', 'earlier', 'next', 'upcoming', 'planned', 'following']);
const MEETING_BEFORE = new Set(['talks', 'held', 'met', 'meeting', 'meetings', 'summit', 'summits', 'sidelines', 'margins', 'ministerial', 'conference', 'session', 'visit', 'visits', 'visited', 'arrived', 'gathered', 'convened', 'hosted', 'opened', 'closed', 'ended', 'concluded', 'began']);
/**
 * "the war in Sudan", "the crisis in Haiti", "the situation in Myanmar": a place named as what
 * the meeting discussed, not where it sat, however close a meeting word stands.
 */
const TOPIC_BEFORE = new Set(['war', 'wars', 'crisis', 'crises', 'conflict', 'conflicts', 'situation', 'fighting', 'violence', 'tensions', 'ceasefire', 'famine', 'coup', 'coups', 'unrest', 'instability', 'elections', 'election', 'escalation', 'offensive', 'attacks', 'invasion', 'occupation', 'developments', 'humanitarian', 'insurgency', 'genocide', 'hostilities', 'clashes']);
const FUTURE = /\b(?:scheduled|will|next|upcoming|planned|due|would|host(?:s|ing)? the next|ahead of)\b/i;
/** "Moscow said", "Beijing insists": a capital standing for its government speaks. */
const SPEAKS_AFTER = /^\s*(?:'s\s+)?(?:said|says|insisted|insists|wants|warned|accused|denied|rejected|has|have|had|is|was|would|will|responded|claims|claimed|believes)\b/;
const CALL = /\b(?:(?:tele)?phone (?:call|conversation|talks?)|(?:spoke|talked|talks) (?:by|on the|over the) (?:tele)?phone|spoke today with|spoke with|video ?(?:call|conference)|videoconference|(?:via|by) video ?link|virtual (?:meeting|summit|talks|session|format)|online (?:summit|meeting|format)|(?:met|meet|meeting|gathered|convened) (?:online|virtually|remotely)|held a call|in a call|call with)\b/i;
const IN_PERSON = /\b(?:visited \p{Lu}|arrived in|met in|talks in|held in|gathered in|(?<!next )in-person|(?<!next )in person)\b/u; // "the next in-person meeting" is a later one
const MEETING = /\b(?:held|met|meet|meeting|meetings|summit|session|talks|visit|visited|arrived|attended|hosted|gathered|convened|took place|ministerial|conference|forum)\b/i;

export function findLocation(doc: AnalysedText, header: readonly string[] = []): { location: Location; info: FieldEvidence } | null {
  if (isRemote(doc)) return null;
  const fromBody = inBody(doc);
  if (fromBody && fromBody.score >= 6) return fromBody.result;
  return headerDateline(header) ?? fromBody?.result ?? null;
}

/** The end of the lead: the title and the first two sentences. */
export function leadEnd(doc: AnalysedText): number {
  return doc.sentences[Math.min(2, doc.sentences.length - 1)]?.end ?? 0;
}

/** The lead reports a phone or video call or a virtual meeting, and no meeting in person. */
export function isRemote(doc: AnalysedText): boolean {
  const lead = doc.text.slice(0, leadEnd(doc));
  return CALL.test(lead) && !IN_PERSON.test(lead);
}

/**
 * "Moscow, The Kremlin · May 8, 2024": a removed header line that opens with a city is the
 * press office's dateline.
 */
function headerDateline(header: readonly string[]): { location: Location; info: FieldEvidence } | null {
  for (const line of header) {
    const tokens = tokenize(line);
    // "Moscow, The Kremlin · May 8, 2024", or a venue line "Hotel Bayerischer Hof, Munich, Germany".
    const strip = stripCity(line);
    if (strip) return strip;
    const venue = /^[^,]{2,40}(?:, [^,]{2,30}){1,3}$/.test(line) && !/\d/.test(line);
    const m = gazetteer().trie.scan(tokens, (v, from) => v.kind === 'city' && (from === 0 || venue))[0];
    if (!m || m.value.kind !== 'city' || (!venue && tokens[0]!.start !== 0)) continue;
    // A dateline names its date too: "Singapore | Asia | World" is a menu.
    if (!venue && (!/^\s*(?:,|·|\||[-–—]\s)/.test(line.slice(m.end)) || !/\d/.test(line))) continue;
    return { location: { city: m.value.city, country: m.value.country.name }, info: { confidence: 0.8, evidence: [], note: `header line '${line.slice(0, 50)}'` } };
  }
  return null;
}

/** "Press conference summary | 2024-09-22 | New York" (or "— New York"): a dated header strip with a city as one of its parts. */
function stripCity(line: string): { location: Location; info: FieldEvidence } | null {
  if (!/\d/.test(line) || !/\s[|·—–]\s/.test(line)) return null;
  for (const part of line.split(/\s+[|·—–]\s+/)) {
    const tokens = tokenize(part.trim());
    const m = gazetteer().trie.scan(tokens, (v, from) => v.kind === 'city' && from === 0)[0];
    if (m && m.value.kind === 'city' && m.to === tokens.length) return { location: { city: m.value.city, country: m.value.country.name }, info: { confidence: 0.75, evidence: [], note: `header line '${line.slice(0, 60)}'` } };
  }
  return null;
}

function inBody(doc: AnalysedText): { score: number; result: { location: Location; info: FieldEvidence } } | null {
  let best: { city: string | null; country: Country; score: number; from: number; to: number; how: string } | undefined;
  for (const m of doc.places) {
    const v = m.value;
    // A country named like its capital is the city too: Singapore, Kuwait (Kuwait City).
    // "in the Fijian capital": the capital of the country the adjective names.
    const capitalPhrase = v.kind === 'country' && v.form === 'adjective' && doc.tokens[m.to]?.key === 'capital' && doc.tokens[m.from - 1]?.key === 'the';
    const isCity = v.kind === 'city' || capitalPhrase || (v.kind === 'country' && v.form === 'name' && sharesCapitalName(v.country));
    const isCountry = v.kind === 'country' && v.form === 'name' && !isCity;
    if (!isCity && !isCountry) continue;
    const country = v.kind === 'city' ? v.country : (v as { country: Country }).country;
    const sentenceIndex = doc.sentenceOf[m.from]!;
    const sentence = doc.sentences[sentenceIndex]!;
    const text = doc.text.slice(sentence.start, sentence.end);
    const at = capitalPhrase ? m.from - 1 : m.from;
    const prev = at > 0 && doc.sentenceOf[at - 1] === sentenceIndex ? doc.tokens[at - 1]!.key : '';
    const lineStart = doc.text.lastIndexOf('\n', m.start) + 1;
    let score = 0;
    let how = 'named in the text';
    const datelinePrefix = m.start === lineStart || /^(?:\p{Lu}[\p{Lu}.' -]*,\s*)$/u.test(doc.text.slice(lineStart, m.start));
    if (isCity && datelinePrefix && lineStart < 400 && /^(?:,\s*\p{Lu}[\p{L}. ]{1,30})?\s*(?:,|\(|[—–-]\s)/u.test(doc.text.slice(m.end, m.end + 40))) {
      score = isUpper(doc.text.slice(m.start, m.end)) ? 10 : 6; // dateline: "VIENTIANE, July 27 -", "Moscow, 27 July —"
      how = 'dateline';
    } else {
      if (PLACE_PREPOSITION.has(prev)) score += 2;
      if (MEETING.test(text)) score += 1.5;
      if (PLACE_PREPOSITION.has(prev) && MEETING.test(text)) how = 'named with the meeting';
      // "for talks in Moscow", "held in Astana", "visit to Hanoi" in the lead: the meeting's own
      // place, stronger than the dateline of a bureau elsewhere ("SEOUL, Nov 5 - ... talks in Moscow").
      const earlier = keysBefore(doc, Math.max(0, m.from - 2), 3).some((k) => OTHER_TIME.has(k)); // "six weeks after a visit to Moscow"
      // "met his Japanese counterpart in Tokyo": the meeting verb a few words before.
      const topic = PLACE_PREPOSITION.has(prev) && at >= 2 && TOPIC_BEFORE.has(doc.tokens[at - 2]!.key) && doc.sentenceOf[at - 2] === sentenceIndex;
      const meetingBefore = !topic && at >= 2 && keysBefore(doc, at - 1, 5).some((k) => MEETING_BEFORE.has(k));
      if (topic) {
        score -= 3;
        how = 'named as a subject of the talks';
      }
      const future = FUTURE.test(doc.text.slice(Math.max(sentence.start, m.start - 50), m.start)) || laterTrip(doc, m.from, sentenceIndex);
      if (sentenceIndex <= 1 && PLACE_PREPOSITION.has(prev) && meetingBefore && !earlier && !future) {
        score += 5;
        how = 'named with the meeting';
      }
      if (future) score -= 2.5;
      if (/\b(?:next year|next time|next meeting|next summit)\b/i.test(doc.text.slice(m.end, Math.min(sentence.end, m.end + 40)))) score -= 2.5;
      if (prev === 'from' || (!PLACE_PREPOSITION.has(prev) && SPEAKS_AFTER.test(doc.text.slice(m.end, m.end + 14)))) score -= 2;
      score += 2 * (1 - Math.min(sentenceIndex, 8) / 8);
      if (!isCity) score -= 1.5;
      if (prev !== 'in' && prev !== 'at' && prev !== 'to' && !isCity) score -= 2;
    }
    if (score > 0.5 && (!best || score > best.score)) best = { city: isCity ? (v.kind === 'city' ? v.city : country.capital) : null, country, score, from: m.start, to: m.end, how };
  }
  if (!best) return null;
  const named = doc.text.slice(best.from, best.to);
  const confidence = Math.round(Math.min(0.95, 0.3 + best.score / 12) * 100) / 100;
  const note = `${best.how} '${named}'${best.city ? '' : ' (a country, no city)'}${best.city && named !== best.country.name ? `; ${best.city} is in ${best.country.name}` : ''}`;
  return { score: best.score, result: { location: { city: best.city, country: best.country.name }, info: { confidence, evidence: [[best.from, best.to]], note } } };
}

function sharesCapitalName(country: Country): boolean {
  return country.capital === country.name || country.capital === `${country.name} City`;
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/**
 * UN organs meet at their seat unless the text says otherwise: a Security Council or General
 * Assembly meeting report seldom names New York, and the places it does name are the subject
 * ("the assault on El Fasher"). The seat stands in when no place was named with the meeting.
 */
const SEATS: ReadonlyArray<[RegExp, Location]> = [
  [/^(?:UN|United Nations) (?:Security Council|General Assembly|Economic and Social Council)$/, { city: 'New York', country: 'United States' }],
  [/^(?:UN |United Nations )?Human Rights Council$/, { city: 'Geneva', country: 'Switzerland' }],
];

export function withForumSeat(
  place: { location: Location; info: FieldEvidence } | null,
  forum: string | undefined,
): { location: Location; info: FieldEvidence } | null {
  const seat = forum && SEATS.find(([name]) => name.test(forum))?.[1];
  if (!seat || (place && /^(?:dateline|named with the meeting)/.test(place.info.note))) return place;
  if (place?.location.city === seat.city) return place;
  return { location: seat, info: { confidence: 0.6, evidence: [], note: `the seat of the ${forum} (no other place is named with the meeting)` } };
}
