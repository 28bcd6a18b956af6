import type { AnalysedText } from './document';
import type { ForumCandidate } from './forums';
import { gazetteer } from './gazetteer';
import { findShapedOrgs } from './org-shapes';
import { findPersons } from './persons';
import type { ActorSuggestion, Range } from './types';

/**
 * Every actor the text names: people (see persons.ts), countries by name, abbreviation or
 * adjective ("Russian", "U.S.-led", both halves of "Russian-Indonesian"), and the
 * organisations it mentions. A capital standing for its government ("Moscow said") is a
 * place, not an actor: the country is named elsewhere when it matters.
 */

export function findActors(doc: AnalysedText, forums: readonly ForumCandidate[]): ActorSuggestion[] {
  // Formats and organs (G20, EAS, the UN Security Council) are only forums of their own
  // meeting; an organisation (NATO, ASEAN, the AU) that hosts the meeting is also an actor.
  const forumNames = new Set(forums.filter((f) => f.org.kind !== 'organization').map((f) => f.org.name));
  const acc = new Map<string, { type: ActorSuggestion['type']; base: number; evidence: Range[] }>();
  const add = (name: string, type: ActorSuggestion['type'], base: number, range: Range) => {
    const a = acc.get(`${type}:${name}`) ?? { type, base: 0, evidence: [] };
    a.base = Math.max(a.base, base);
    a.evidence.push(range);
    acc.set(`${type}:${name}`, a);
  };
  for (const m of doc.places) {
    const v = m.value;
    const range: Range = [m.start, m.end];

    if (v.kind === 'country') add(v.country.name, 'country', v.form === 'name' ? 0.9 : 0.8, range);
    else if (v.kind === 'org' && !forumNames.has(v.org.name)) {
      add(v.org.name, 'organization', 0.8, range);
      // "Register of Damage for Ukraine", "Summit on Peace in Ukraine": the country too.
      if ((v.org.kind === 'actor' || v.org.kind === 'event') && m.to - m.from > 2) {
        for (const inner of gazetteer().trie.scan(doc.tokens.slice(m.from + 1, m.to), (_x, from) => /^\p{Lu}/u.test(doc.tokens[m.from + 1 + from]!.surface))) {
          if (inner.value.kind === 'country' && inner.value.form === 'name') add(inner.value.country.name, 'country', 0.75, range);
        }
      }
    }

  }
  // Organisations by the shape of their names; their words are no person's name.
  const shaped = findShapedOrgs(doc);
  let personDoc = doc;
  if (shaped.length) {
    const inName = doc.inName.slice();
    for (const o of shaped) {
      add(o.name, 'organization', 0.7, o.range);
      inName.fill(1, o.from, o.to);
    }
    personDoc = { ...doc, inName };
  }
  const out: ActorSuggestion[] = [];
  for (const [key, a] of acc) {
    const name = key.slice(key.indexOf(':') + 1);
    out.push({ name, type: a.type, confidence: bump(a.base, a.evidence.length), evidence: a.evidence });
  }
  for (const p of findPersons(personDoc)) out.push({ name: p.name, type: 'person', confidence: p.confidence, evidence: p.evidence });
  return out.sort((a, b) => b.confidence - a.confidence || a.evidence[0]![0] - b.evidence[0]![0]);
}

function bump(base: number, mentions: number): number {
  return Math.round(Math.min(0.98, base + 0.03 * Math.min(mentions - 1, 3)) * 100) / 100;
}
