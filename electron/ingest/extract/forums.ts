import { gapBetween, keysBefore, keysFrom, type Doc } from './document';
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
  'convention', 'cop', 'round', 'negotiations', 'week',
]);
const MODIFIERS = new Set([
  'foreign', 'ministers', 'minister', 'ministerial', 'leaders', 'leader', 'defence', 'defense', 'heads', 'head', 'of', 'state',
  'states', 'government', 'governments', 'finance', 'trade', 'economic', 'economy', 'energy', 'health', 'agriculture', 'senior',
  'officials', 'official', 'annual', 'plus', 'extraordinary', 'special', 'virtual', 'informal', 'formal', 'commemorative',
  'anniversary', 'expanded', 'high', 'level', 'emergency', 'joint', 'and', 'the', 'security', 'council', 'regional',
  'national', 'advisers', 'sherpas', 'sherpa', 'affairs', 'external', 'interior', 'transport', 'tourism', 'culture',
  'deputy', 'vice', 'central', 'bank', 'governors', 'chiefs', 'staff', 'military', 'parliamentary', 'speakers', 'business',
  'ministry', 'ministries', 'working', 'group', 'st', 'nd', 'rd', 'th', 'general', 'open', 'ended', 'inter', 'sessional',
  'intersessional', 'post', 'dialogue', 'partners', 'partner', 'ad', 'hoc',
]);
const SIDELINES = new Set(['sidelines', 'sideline', 'margins', 'margin', 'framework', 'auspices']);
const ATTEND = new Set([
  'attended', 'attend', 'attends', 'attending', 'hosted', 'hosts', 'host', 'hosting', 'chaired', 'chairs', 'chair', 'chairing',
  'addressed', 'addresses', 'address', 'opened', 'convened', 'convene', 'joined', 'participated', 'participate', 'took', 'at',
  'during', 'in', 'to', 'under', 'within', 'presided', 'co', 'chaired', 'arrived',
]);
const PARTICIPANTS = new Set(['leaders', 'ministers', 'heads', 'delegates', 'delegations', 'envoys', 'sherpas', 'members']);
const MEET_VERBS = new Set([
  'met', 'meet', 'meets', 'gathered', 'gather', 'agreed', 'adopted', 'convened', 'held', 'opened', 'concluded', 'discussed',
  'endorsed', 'approved', 'issued', 'wrapped', 'kicked', 'began', 'ended', 'closed',
]);
const OTHER_MEETING = new Set(['upcoming', 'next', 'forthcoming', 'future', 'previous', 'last', 'preparations', 'preparation', 'ahead', 'former', 'prior', 'coming']);
const NOT_FORUM_AFTER = new Set(['member', 'members', 'membership', 'charter', 'secretariat', 'expansion', 'enlargement', 'countries', 'nations', 'states', 'partners', 'sanctions', 'resolution', 'resolutions']);
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)$/;

export function scoreForums(doc: Doc): ForumCandidate[] {
  const byName = new Map<string, ForumCandidate>();
  for (const m of doc.places) {
    if (m.value.kind !== 'org') continue;
    const org = m.value.org;
    const score = mentionScore(doc, m.from, m.to, org);
    const c = byName.get(org.name) ?? { org, score: 0, evidence: [], mentions: 0 };
    c.mentions++;
    c.evidence.push([m.start, m.end]);
    c.score = Math.max(c.score, score);
    byName.set(org.name, c);
  }
  for (const c of byName.values()) {
    if (c.score > 0 && c.mentions > 1) c.score = Math.min(0.99, c.score + 0.02 * Math.min(c.mentions - 1, 3));
  }
  return [...byName.values()].sort((a, b) => b.score - a.score);
}

function mentionScore(doc: Doc, from: number, to: number, org: Organization): number {
  const before = keysBefore(doc, from, 10);
  const after = keysFrom(doc, to, 7);
  const sentence = doc.sentenceOf[from]!;
  let cue = 0;

  // "... Meeting of the X", "31st session of the X", "on the sidelines of the X".
  const b = before.slice();
  if (b[b.length - 1] === 'the') b.pop();
  if (b[b.length - 1] === 'of' || b[b.length - 1] === 'for') {
    const head = b.slice(-6, -1);
    if (head.some((k) => SIDELINES.has(k))) cue = Math.max(cue, 0.95);
    else if (head.some((k) => MEETING.has(k)) && b[b.length - 1] === 'of') cue = Math.max(cue, head.some((k) => ORDINAL.test(k)) ? 0.95 : 0.9);
  }

  // "X summit", "X foreign ministers' meeting", "X Defence Ministers' Meeting-Plus".
  const possessive = after[0] === 's' && gapBetween(doc, to - 1, to) === "'";
  const tail = possessive ? after.slice(1) : after;
  let k = 0;
  while (k < tail.length && MODIFIERS.has(tail[k]!) && !MEETING.has(tail[k]!)) k++;
  if (k < tail.length && MEETING.has(tail[k]!) && !(tail[k] === 'council' && k === 0 && org.kind === 'organization')) {
    cue = Math.max(cue, 0.9);
  } else if (PARTICIPANTS.has(tail[k - 1] ?? '') || PARTICIPANTS.has(tail[k] ?? '')) {
    // "G20 leaders agreed", "BRICS foreign ministers met": the body's meeting is the subject.
    const rest = tail.slice(k);
    if (rest.some((w) => MEET_VERBS.has(w))) cue = Math.max(cue, 0.8);
  }

  // "attended the X", "at the X", "hosted X".
  const near = b.slice(-3);
  if (cue < 0.7 && near.some((w) => ATTEND.has(w)) && org.kind !== 'organization') cue = Math.max(cue, 0.7);
  if (cue < 0.6 && org.kind !== 'organization') {
    const words = keysFrom(doc, doc.sentenceFirstToken[sentence]!, 80);
    cue = Math.max(cue, words.some((w) => MEET_VERBS.has(w) || w === 'attended' || w === 'hosted') ? 0.6 : 0.5);
  }

  if (NOT_FORUM_AFTER.has(tail[0] ?? '') && cue < 0.9) cue *= 0.6;
  if (before.slice(-4).some((w) => OTHER_MEETING.has(w))) cue *= 0.6;
  const position = sentence === 0 ? 1 : sentence <= 2 ? 0.95 : sentence <= 5 ? 0.88 : 0.8;
  return cue * position;
}
