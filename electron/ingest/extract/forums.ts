import { keysBefore, keysFrom, type AnalysedText } from './document';
import type { Organization } from './gazetteer';
import type { Range } from './types';

/**
 * Which intergovernmental bodies are the forum of the meeting, as opposed to bodies the text
 * merely discusses. Each mention of a body is scored from its context:
 * - meeting phrasing around it ("the 14th Ministerial Meeting of the EAS", "31st session of
 *   the ARF", "on the sidelines of X", "the SCO summit", "BRICS foreign ministers met"),
 * - attendance verbs ("attended", "hosted", "chaired" ... X; "at the X"),
 * - the kind of body (a meeting format such as G20 or EAS is usually the forum when the
 *   text opens with it; a standing organisation needs explicit meeting phrasing),
 * - where it appears (title and lead count most), and references to other meetings
 *   ("the upcoming X summit", "last year's X") weaken it.
 * A body's score is its best mention's.
 */
export interface ForumCandidate {
  org: Organization;
  score: number;
  evidence: Range[];
  mentions: number;
}

const MEETING = new Set([
  'summit', 'summits', 'ministerial', 'ministerials', 'meeting', 'meetings', 'session', 'sessions', 'conference', 'forum',
  'talks', 'dialogue', 'plenary', 'gathering', 'consultations', 'retreat', 'congress', 'council', 'assembly', 'debate',
  'convention', 'cop', 'board', 'committee', 'mc13', 'mc12', 'mc14',
]);
const MODIFIERS = new Set([
  'foreign', 'ministers', 'minister', 'ministerial', 'leaders', 'leader', 'defence', 'defense', 'heads', 'head', 'of', 'state',
  'states', 'government', 'governments', 'finance', 'trade', 'economic', 'economy', 'energy', 'health', 'agriculture', 'senior',
  'officials', 'official', 'annual', 'plus', 'extraordinary', 'special', 'virtual', 'informal', 'formal', 'commemorative',
  'anniversary', 'expanded', 'high', 'level', 'emergency', 'joint', 'and', 'the', 'security', 'regional', 'ordinary',
  'national', 'advisers', 'sherpas', 'sherpa', 'affairs', 'external', 'interior', 'transport', 'tourism', 'culture',
  'deputy', 'vice', 'central', 'bank', 'governors', 'chiefs', 'staff', 'military', 'parliamentary', 'speakers', 'business',
  'ministry', 'ministries', 'working', 'group', 'st', 'nd', 'rd', 'th', 'general', 'open', 'ended', 'inter', 'sessional',
  'intersessional', 'post', 'partners', 'partner', 'ad', 'hoc', 'supreme', 'intergovernmental', 'its', 'their', 'this',
  'year', 's', 'a', 'an', 'two', 'day', 'landmark', 'first', 'last', 'latest', 'jubilee', 'full', 'summer', 'winter',
  'spring', 'autumn', 'fall', 'in', 'person', 'hybrid', 'closed', 'door', 'public', 'urgent', 'members', 'member', 'countries',
]);
const SIDELINES = new Set(['sidelines', 'sideline', 'margins', 'margin', 'framework', 'auspices']);
const ATTEND = new Set([
  'attended', 'attend', 'attends', 'attending', 'hosted', 'hosts', 'host', 'hosting', 'chaired', 'chairs', 'chair', 'chairing',
  'addressed', 'addresses', 'address', 'opened', 'convened', 'convene', 'joined', 'participated', 'participate', 'took', 'at',
  'during', 'under', 'presided', 'arrived', 'told', 'before',
]);
const PARTICIPANTS = new Set(['leaders', 'ministers', 'heads', 'delegates', 'delegations', 'envoys', 'sherpas', 'members', 'representatives', 'chiefs', 'governors']);
const MEET_VERBS = new Set([
  'met', 'meet', 'meets', 'meeting', 'gathered', 'gather', 'agreed', 'adopted', 'adopts', 'adopt', 'convened', 'held', 'opened',
  'concluded', 'endorsed', 'approved', 'issued', 'wrapped', 'began', 'ended', 'closed', 'voted', 'passed', 'elected', 'signed',
  'declared', 'demanded', 'called', 'pledged', 'launched', 'admitted', 'welcomed', 'decided', 'resolved', 'censured',
]);
const PAST_MARKER = new Set(['had', 'last', 'previously', 'earlier', 'first']);
const ARRIVAL = new Set(['came', 'come', 'coming', 'arrived', 'arriving', 'flew', 'returned', 'returning', 'travelled', 'traveled', 'fresh']);
const OTHER_MEETING = new Set(['upcoming', 'next', 'forthcoming', 'future', 'previous', 'preparations', 'preparation', 'ahead', 'former', 'prior', 'coming', 'yesterday s', 'last']);
const NOT_FORUM_AFTER = new Set(['table', 'country', 'countries', 'citizens', 'nationals', 'member', 'membership', 'charter', 'secretariat', 'expansion', 'enlargement', 'sanctions', 'resolution', 'resolutions', 'mandate', 'troops', 'forces', 'mission', 'envoy', 'chief', 'secretary']);
const TITLES = new Set(['chairman', 'chairwoman', 'chairperson', 'chair', 'president', 'secretary', 'head', 'director', 'member', 'members', 'speaker', 'deputy', 'vice']);
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)$/;
const OTHER_MEETING_NOUN = /\b(?:upcoming|next|forthcoming|previous|future|coming)\s+(?:[\w'-]+\s+){0,3}?(?:summit|ministerial|session|meeting|conference|council|assembly|plenary|talks)\b/gi;
const MEETING_NOUN = /\b(?:summit|ministerial|session|meeting|conference|council|assembly|plenary|talks|board of governors)\b/i;

export function scoreForums(doc: AnalysedText): ForumCandidate[] {
  const byName = new Map<string, ForumCandidate>();
  const mentions = doc.places.filter((m) => m.value.kind === 'org' && m.value.org.kind !== 'actor');
  const scores = mentions.map((m) => mentionScore(doc, m.from, m.to, (m.value as { org: Organization }).org));
  coordinate(doc, mentions, scores);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const org = (m.value as { org: Organization }).org;
    const score = scores[k]!;
    const c = byName.get(org.name) ?? { org, score: 0, evidence: [], mentions: 0 };
    c.mentions++;
    c.evidence.push([m.start, m.end]);
    c.score = Math.max(c.score, score);
    byName.set(org.name, c);
  }
  const all = [...byName.values()];
  for (const c of all) {
    if (c.score > 0 && c.mentions > 1) c.score = Math.min(0.99, c.score + 0.02 * Math.min(c.mentions - 1, 3));
  }
  // When the text names its meeting explicitly, bodies that only share the lead with it are context.
  const best = Math.max(0, ...all.map((c) => c.score));
  if (best >= 0.78) for (const c of all) if (c.score < 0.72) c.score *= 0.8;
  // An organ meeting as itself (the European Council, the ARF) is the forum and its parent (the
  // EU, ASEAN) an actor; the parent meeting as itself (NATO ministers) makes an organ's session
  // inside it (the NATO-Ukraine Council) part of that meeting. The stronger of the two stands.
  for (const o of all.filter((c) => c.org.parent && c.score >= 0.6)) {
    const parent = all.find((c) => c.org.name === o.org.parent);
    if (!parent || parent.score < 0.6) continue;
    if (o.score >= parent.score - 0.05) parent.score = Math.min(parent.score, 0.5);
    else o.score = Math.min(o.score, 0.5);
  }
  return all.sort((a, b) => b.score - a.score);
}

/**
 * "Leaders of the East African Community and the Southern African Development Community met",
 * "ASEAN, Gulf leaders hold a joint summit": bodies joined by "and" or a comma share the cue
 * of the pair, so a joint summit has both its forums.
 */
function coordinate(doc: AnalysedText, mentions: ReadonlyArray<{ from: number; to: number }>, scores: number[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k]!;
    const b = mentions[k + 1]!;
    if (doc.sentenceOf[a.from] !== doc.sentenceOf[b.from]) continue;
    const between = doc.text.slice(doc.tokens[a.to - 1]!.end, doc.tokens[b.from]!.start);
    if (!/^(?:,\s*|\s+and\s+(?:the\s+)?|\s*[-–]\s*)$/.test(between)) continue;
    const top = Math.max(scores[k]!, scores[k + 1]!);
    scores[k] = top;
    scores[k + 1] = top;
  }
}

/** "reform of the Security Council", "expansion of BRICS": the body as a subject of talks. */
const SUBJECT_OF = new Set(['reform', 'reforms', 'reforming', 'expansion', 'enlargement', 'membership', 'accession', 'revival', 'future', 'role', 'mandate', 'budget', 'funding']);

function mentionScore(doc: AnalysedText, from: number, to: number, org: Organization): number {
  const before = keysBefore(doc, from, 14);
  const after = keysFrom(doc, to, 8);
  const sentence = doc.sentenceOf[from]!;
  let cue = 0;

  // "... Meeting of the X", "31st session of the X", "Summit of Heads of State ... of the X",
  // "on the sidelines of the X", "Foreign ministers of the X agreed".
  const b = before.slice();
  if (b[b.length - 1] === 'the') b.pop();
  if (b[b.length - 1] === 'of' || b[b.length - 1] === 'for') {
    let j = b.length - 2;
    let ordinal = false;
    while (j >= 0 && (MODIFIERS.has(b[j]!) || ORDINAL.test(b[j]!)) && !MEETING.has(b[j]!) && !SIDELINES.has(b[j]!) && !PARTICIPANTS.has(b[j]!)) {
      if (ORDINAL.test(b[j]!)) ordinal = true;
      j--;
    }
    const head = b[j] ?? '';
    if (j >= 0 && ORDINAL.test(b[j - 1] ?? '')) ordinal = true;
    // "Chairman of the Board of X", "President of the General Assembly": a title, not a meeting.
    const titled = TITLES.has(b[j - 1] ?? '') || (b[j - 1] === 'of' && TITLES.has(b[j - 2] ?? '')) || (b[j - 1] === 'the' && b[j - 2] === 'of' && TITLES.has(b[j - 3] ?? ''));
    if (SIDELINES.has(head)) cue = 0.95;
    else if (MEETING.has(head) && b[b.length - 1] === 'of' && !titled) cue = ordinal ? 0.95 : 0.9;
    else if (PARTICIPANTS.has(head) && sentenceHas(doc, sentence, MEET_VERBS)) cue = 0.82;
  }

  // "X summit", "X foreign ministers' meeting", "X Defence Ministers' Meeting-Plus", "X's annual summit".
  let k = 0;
  while (k < after.length && (MODIFIERS.has(after[k]!) || ORDINAL.test(after[k]!)) && !MEETING.has(after[k]!) && !PARTICIPANTS.has(after[k]!)) k++;
  const next = after[k] ?? '';
  // "the UN Convention on the Law of the Sea", "Convention against Torture": a treaty, not a meeting.
  const treaty = next === 'convention' && /^(?:on|against|for|relating)$/.test(after[k + 1] ?? '');
  if (MEETING.has(next) && !treaty && !(next === 'council' && k === 0 && org.kind === 'organization')) {
    cue = Math.max(cue, 0.9);
  } else if (PARTICIPANTS.has(next) || PARTICIPANTS.has(after[k - 1] ?? '')) {
    // "G20 leaders agreed", "BRICS foreign ministers met": the body's meeting is the subject.
    if (sentenceHas(doc, sentence, MEET_VERBS) || after.slice(k).some((w) => MEETING.has(w))) cue = Math.max(cue, 0.82);
  } else if (MEET_VERBS.has(after[0] ?? '') && org.kind === 'body') {
    // "The Security Council met", "the General Assembly adopted": an organ meets as itself.
    cue = Math.max(cue, 0.88);
  }

  // "the 30th ASEAN Regional Forum", "the 19th East Asia Summit": a numbered meeting of the body.
  if (/^\d+(?:st|nd|rd|th)$/.test(b[b.length - 1] ?? '')) cue = Math.max(cue, 0.9);
  // "meeting in the European Council", "meeting in a special European Council", "met in the X format".
  let q = b.length - 1;
  while (q > 0 && (b[q] === 'a' || b[q] === 'an' || b[q] === 'special' || b[q] === 'extraordinary' || b[q] === 'informal' || b[q] === 'regular')) q--;
  if (b[q] === 'in' && (MEET_VERBS.has(b[q - 1] ?? '') || MEETING.has(b[q - 1] ?? ''))) cue = Math.max(cue, 0.85);

  // "attended the X", "at the X", "hosted X", "told the X".
  const near = b.slice(-3);
  if (cue < 0.72 && near.some((w) => ATTEND.has(w)) && org.kind !== 'organization') cue = Math.max(cue, 0.72);

  // A body named in the lead of a text about a summit or session is that meeting's forum.
  if (cue < 0.62 && sentence <= 2) {
    const lead = doc.text.slice(doc.sentences[sentence]!.start, doc.sentences[Math.min(sentence + 1, doc.sentences.length - 1)]!.end);
    // "... and the upcoming CICA summit": a meeting noun about another meeting does not count.
    if (MEETING_NOUN.test(lead.replace(OTHER_MEETING_NOUN, ''))) cue = Math.max(cue, org.kind === 'organization' ? 0.62 : 0.66);
  }
  if (cue < 0.6 && org.kind !== 'organization' && org.kind !== 'body') {
    cue = Math.max(cue, sentenceHas(doc, sentence, MEET_VERBS) || sentenceHas(doc, sentence, ATTEND) ? 0.6 : 0.5);
  }

  // "on the D-8 sidelines", "on the G20 margins".
  if (SIDELINES.has(after[0] ?? '') && after[0] !== 'framework' && after[0] !== 'auspices') cue = Math.max(cue, 0.9);
  if (NOT_FORUM_AFTER.has(after[0] ?? '') && cue < 0.9) cue *= 0.6;
  const ofWhat = b[b.length - 1] === 'of' ? b[b.length - 2] : undefined;
  if ((ofWhat && SUBJECT_OF.has(ofWhat)) || SUBJECT_OF.has(after[0] ?? '')) cue *= 0.5;
  // "the upcoming X summit", "next year's X"; not "the Pact for the Future at the X".
  const near4 = before.slice(-4);
  const cut = Math.max(...['at', 'in', 'on', 'during', 'attended'].map((w) => near4.lastIndexOf(w)));
  if (near4.slice(cut + 1).some((w) => OTHER_MEETING.has(w))) cue *= 0.6;
  // "where he had attended the ASEAN meetings", "they last met at the G20 summit": a meeting before this one.
  else if (near4.slice(0, -1).some((w, i) => PAST_MARKER.has(w) && (ATTEND.has(near4[i + 1]!) || MEET_VERBS.has(near4[i + 1]!)))) cue *= 0.6;
  // "who came from the UN Security Council debate", "arrived from the ASEAN summit".
  else if (near4.includes('from') && near4.some((w) => ARRIVAL.has(w))) cue *= 0.6;
  else if (laterTrip(doc, from, sentence)) cue *= 0.6;
  // "the 55th General Assembly, which Antigua and Barbuda will host next year".
  const rest = doc.text.slice(doc.tokens[to - 1]!.end, doc.sentences[sentence]!.end);
  if (/^[^.;]{0,60}\b(?:will host|will be held|next year|next time|to be held|last year|last month|earlier this year|a year ago|years? earlier)\b/i.test(rest)) cue *= 0.6;
  const position = sentence === 0 ? 1 : sentence <= 2 ? 0.96 : sentence <= 5 ? 0.9 : 0.82;
  return cue * position;
}

/**
 * "... held talks on Saturday, the first stop of a tour that will take him to Peru for the APEC
 * summit", "Leaders travel on to Vilnius for the NATO summit": a meeting the people go to after
 * this one. Past the lead any future clause before the body counts; in the lead only one that
 * follows the meeting itself (a preview's lead "Leaders will meet at the X summit" stays).
 */
const FUTURE_CLAUSE = /\b(?:will|would|is to|are to|plans? to|is due to|are due to|scheduled to|set to|expected to|(?:travel|travels|fly|flies|head|heads|go|goes|move|moves) on to|heading to|on (?:his|her|their) way to)\b/i;
const PAST_MEETING = /\b(?:held|met|hosted|visited|attended|signed|agreed|adopted|opened|closed)\b/i;

export function laterTrip(doc: AnalysedText, from: number, sentence: number): boolean {
  const start = doc.sentences[sentence]!.start;
  const pre = doc.text.slice(Math.max(start, doc.tokens[from]!.start - 120), doc.tokens[from]!.start);
  const future = FUTURE_CLAUSE.exec(pre);
  if (!future) return false;
  if (sentence > 2 || /\b(?:said|says|told|added)\b/i.test(pre.slice(0, future.index))) return true;
  return PAST_MEETING.test(pre.slice(0, future.index)) || PAST_MEETING.test(doc.text.slice(start, Math.max(start, doc.tokens[from]!.start - 120)));
}

function sentenceHas(doc: AnalysedText, sentence: number, words: Set<string>): boolean {
  for (let i = doc.sentenceFirstToken[sentence]!; i < doc.tokens.length && doc.sentenceOf[i] === sentence; i++) {
    if (words.has(doc.tokens[i]!.key)) return true;
  }
  return false;
}
