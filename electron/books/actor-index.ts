import type { ActorType } from '../library/types';
import type { BookEntry } from './book-types';

/**
 * The index of actors: people, countries and organisations apart; people filed by surname
 * ("Lavrov, Sergey"; "Leyen, Ursula von der"); one entry per actor with its other names folded
 * in; letters of each script under their own headings (a Greek Κ is not a Latin K).
 */
export interface IndexEntry {
  /** The actor's name as the library has it. */
  name: string;
  /** As printed: "Lavrov, Sergey". */
  display: string;
  /** Other names of the same actor, as printed after it. */
  aliases: string[];
  /** Summaries naming the actor, in print order. */
  anchors: string[];
  /** The letter heading it is filed under. */
  heading: string;
}

export interface IndexGroup {
  type: ActorType;
  title: string;
  entries: IndexEntry[];
}

const GROUP_TITLES: Array<[ActorType, string]> = [
  ['person', 'People'],
  ['country', 'Countries'],
  ['organization', 'Organisations'],
];

/** Particles that belong to a surname: "von der Leyen", "al-Sudani", "de Mistura", "bin Farhan". */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ten', 'ter', 'mac', 'zu']);
/** Family names written first (Chinese, Korean, Vietnamese usage): "Wang Yi" is filed under W. */
const FAMILY_FIRST = new Set(['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xi', 'hu', 'han', 'ding', 'qin', 'kim', 'park', 'lee', 'yoon', 'moon', 'choi', 'cho', 'nguyen', 'pham', 'tran', 'hun']);

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const bareParticle = (word: string) => stripMarks(word).toLowerCase().replace(/[-'’]$/, '');

/** A person's name split for filing: surname (with particles), the rest, and the key it sorts by. */
export function personName(name: string): { display: string; sortKey: string } {
  const words = name.trim().split(/\s+/);
  // "Ferdinand Marcos Jr." is filed as "Marcos, Ferdinand, Jr."
  const suffix = words.length > 2 && SUFFIXES.has(words.at(-1)!.replace(/\.$/, '').toLowerCase()) ? words.pop()! : '';
  if (words.length < 2) return { display: name, sortKey: name };
  if (words.length <= 3 && FAMILY_FIRST.has(bareParticle(words[0]!))) return { display: name, sortKey: name };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(bareParticle(words[start - 1]!))) start--;
  const surname = words.slice(start);
  const given = words.slice(0, start).join(' ');
  // Sorted by the surname proper: "al-Sudani" under S, "von der Leyen" under L.
  const core = surname
    .map((w) => w.replace(/^(al|el)[-‐]/i, ''))
    .filter((w) => !PARTICLES.has(bareParticle(w)))
    .join(' ');
  return { display: `${surname.join(' ')}, ${given}${suffix ? `, ${suffix}` : ''}`, sortKey: `${core || surname.join(' ')} ${given}` };
}

type Script = 'latin' | 'greek' | 'cyrillic' | 'other';
function scriptOf(ch: string): Script {
  if (/\p{Script=Latin}/u.test(ch)) return 'latin';
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
  return 'other';
}
const SCRIPT_ORDER: Script[] = ['latin', 'greek', 'cyrillic', 'other'];
const COLLATORS: Record<Script, Intl.Collator> = {
  latin: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
  greek: new Intl.Collator('el', { sensitivity: 'base', numeric: true }),
  cyrillic: new Intl.Collator('ru', { sensitivity: 'base', numeric: true }),
  other: new Intl.Collator('und', { sensitivity: 'base', numeric: true }),
};

/** The heading letter of a sort key, in the key's own script ("Þ" stays "Þ", "É" is "E"). */
function headingOf(key: string): { script: Script; heading: string } {
  const first = [...key.trim()].find((c) => /\p{L}|\p{N}/u.test(c)) ?? '#';
  const script = scriptOf(first);
  if (!/\p{L}/u.test(first)) return { script: 'other', heading: '#' };
  const base = stripMarks(first).toUpperCase();
  return { script, heading: base || first.toUpperCase() };
}

const fold = (s: string) => stripMarks(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Builds the index from the summaries in print order. */
export function buildActorIndex(printOrder: readonly BookEntry[], anchorOf: (e: BookEntry) => string): IndexGroup[] {
  interface Acc { name: string; type: ActorType; aliases: Set<string>; anchors: string[] }
  const byKey = new Map<string, Acc>();
  const entries: Acc[] = [];
  for (const entry of printOrder) {
    const details = entry.actorDetails.length ? entry.actorDetails : entry.actors.map((name) => ({ name, type: 'organization' as ActorType, aliases: [] }));
    const seen = new Set<Acc>();
    for (const actor of details) {
      // One entry per actor: a name that is another entry's alias (or the other way round) joins it.
      let acc = [actor.name, ...actor.aliases].map((n) => byKey.get(fold(n))).find(Boolean);
      if (!acc) {
        acc = { name: actor.name, type: actor.type, aliases: new Set(), anchors: [] };
        entries.push(acc);
      }
      for (const n of [actor.name, ...actor.aliases]) if (!byKey.has(fold(n))) byKey.set(fold(n), acc);
      // Only the spellings this book uses are printed beside the entry, not every known alias.
      if (fold(actor.name) !== fold(acc.name)) acc.aliases.add(actor.name);
      if (!seen.has(acc)) acc.anchors.push(anchorOf(entry));
      seen.add(acc);
    }
  }
  return GROUP_TITLES.map(([type, title]) => {
    const sorted = entries
      .filter((a) => a.type === type)
      .map((a) => {
        const { display, sortKey } = type === 'person' ? personName(a.name) : { display: a.name, sortKey: a.name };
        const { script, heading } = headingOf(sortKey);
        return { script, sortKey, entry: { name: a.name, display, aliases: [...a.aliases].sort(), anchors: a.anchors, heading } };
      })
      .sort(
        (a, b) =>
          SCRIPT_ORDER.indexOf(a.script) - SCRIPT_ORDER.indexOf(b.script) ||
          // By heading first, so each letter has one heading even where a collator files "Þ" among the Ts.
          COLLATORS[a.script].compare(a.entry.heading, b.entry.heading) ||
          (a.entry.heading < b.entry.heading ? -1 : a.entry.heading > b.entry.heading ? 1 : 0) ||
          COLLATORS[a.script].compare(a.sortKey, b.sortKey) ||
          (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0),
      );
    return { type, title, entries: sorted.map((s) => s.entry) };
  }).filter((g) => g.entries.length > 0);
}
