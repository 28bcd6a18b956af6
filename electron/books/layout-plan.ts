import { hasFrontMatter, hasNotes, type BriefingNotes, type FrontMatter } from '../../common/briefing';
import type { BookEntry, BookOptions, BookSettings, GroupKey, GroupOrder, ItemOrder } from './book-types';
import { buildActorIndex, type IndexGroup } from './actor-index';
import { hasSource, sourceOf, type PlanSource } from './plan-sources';

/**
 * The layout step: a book's settings and its summaries become a plan of what the PDF
 * prints, in order. Pure: no I/O, no page numbers (the renderer finds those).
 */

export const OTHER_MEETINGS = 'Other meetings';

export type PlanItem =
  /** The summary printed in full; `anchor` is where links to it land; `notes`, the book's briefing notes on it. */
  | { kind: 'full'; entry: BookEntry; anchor: string; notes?: BriefingNotes }
  /** A summary printed in full elsewhere: listed here as "see p. N", linking to `anchor`. */
  | { kind: 'xref'; entry: BookEntry; anchor: string };

export interface PlanSection {
  anchor: string;
  title: string;
  level: 1 | 2;
  /** True for the "Other meetings" group of summaries with no value for the grouping. */
  other: boolean;
  items: PlanItem[];
  subsections: PlanSection[];
}

export interface PlanCover {
  title: string;
  subtitle: string;
  preparedFor: string;
  preparedBy: string;
  date: string;
  classification: string;
  purpose: string;
}

export interface SeeAlsoEntry {
  title: string;
  /** Cross-references, in item order. */
  items: PlanItem[];
}

export interface LayoutPlan {
  cover: PlanCover;
  /** Purpose, objectives, key messages, programme, participants: printed after the cover when any is filled in. */
  frontMatter?: FrontMatter;
  options: BookOptions;
  /** BCP 47 language of the document (the language most summaries are in). */
  language: string;
  sections: PlanSection[];
  /** Groups with no summary printed in full under them: listed compactly, pointing at where their summaries are. */
  seeAlso: SeeAlsoEntry[];
  /** People, countries and organisations, each alphabetically, with the anchors of the summaries naming them. */
  actorIndex: IndexGroup[];
  /** Summaries with a source, in print order. */
  sources: PlanSource[];
  summaryCount: number;
}

export type PlanSettings = Pick<
  BookSettings,
  | 'title' | 'subtitle' | 'preparedFor' | 'preparedBy' | 'date' | 'classification' | 'purpose'
  | 'groupBy' | 'groupBySecond' | 'groupOrder' | 'itemOrder' | 'manualGroupOrder' | 'options'
>;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function summaryAnchor(id: string): string {
  return `summary:${id}`;
}

function valuesOf(entry: BookEntry, key: GroupKey): string[] {
  const raw = key === 'forum' ? entry.forums : key === 'theme' ? entry.themes : entry.actors;
  return [...new Set(raw.map((v) => v.trim()).filter(Boolean))];
}

interface Group {
  name: string;
  members: number[];
}

/** Groups entry indexes by a key; entries with no value are returned apart. */
function groupEntries(entries: readonly BookEntry[], indexes: readonly number[], key: GroupKey): { groups: Group[]; none: number[] } {
  const byName = new Map<string, Group>();
  const none: number[] = [];
  for (const i of indexes) {
    const values = valuesOf(entries[i]!, key);
    if (values.length === 0) none.push(i);
    for (const name of values) {
      let group = byName.get(name);
      if (!group) byName.set(name, (group = { name, members: [] }));
      group.members.push(i);
    }
  }
  return { groups: [...byName.values()], none };
}

function orderGroups(groups: Group[], order: GroupOrder, manual: readonly string[]): Group[] {
  const alpha = (a: Group, b: Group) => collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  if (order === 'count') return [...groups].sort((a, b) => b.members.length - a.members.length || alpha(a, b));
  if (order === 'manual') {
    const rank = new Map(manual.map((name, i) => [name.toLowerCase(), i]));
    const r = (g: Group) => rank.get(g.name.toLowerCase()) ?? Number.MAX_SAFE_INTEGER;
    return [...groups].sort((a, b) => r(a) - r(b) || alpha(a, b));
  }
  return [...groups].sort(alpha);
}

function orderItems(entries: readonly BookEntry[], members: readonly number[], order: ItemOrder): number[] {
  if (order === 'manual') return [...members].sort((a, b) => a - b);
  const sign = order === 'date-asc' ? 1 : -1;
  return [...members].sort((a, b) => {
    const da = entries[a]!.meetingDate;
    const db = entries[b]!.meetingDate;
    // Undated meetings go last in either direction.
    if (da !== db) {
      if (!da) return 1;
      if (!db) return -1;
      return da < db ? -sign : sign;
    }
    return collator.compare(entries[a]!.title, entries[b]!.title) || a - b;
  });
}

/** Where each summary is printed in full: the first group (in print order) it belongs to, or its primary forum. */
function homesOf(entries: readonly BookEntry[], ordered: readonly Group[], key: GroupKey): Map<number, Group> {
  const home = new Map<number, Group>();
  const byName = new Map(ordered.map((g) => [g.name, g]));
  if (key === 'forum') {
    entries.forEach((e, i) => {
      const primary = e.primaryForum ? byName.get(e.primaryForum.trim()) : undefined;
      if (primary?.members.includes(i)) home.set(i, primary);
    });
  }
  for (const g of ordered) for (const i of g.members) if (!home.has(i)) home.set(i, g);
  return home;
}

/** Grouping by actor: only actors of the chosen kinds get sections (actors the library has no kind for count as chosen). */
function sectionGroups(entries: readonly BookEntry[], groups: Group[], key: GroupKey, options: BookOptions): { main: Group[]; rest: Group[] } {
  if (key !== 'actor') return { main: groups, rest: [] };
  const typeOf = new Map<string, string>();
  for (const e of entries) for (const a of e.actorDetails) typeOf.set(a.name.trim(), a.type);
  const chosen = new Set<string>(options.actorGroupTypes);
  const isChosen = (g: Group) => !typeOf.has(g.name) || chosen.has(typeOf.get(g.name)!);
  return { main: groups.filter(isChosen), rest: groups.filter((g) => !isChosen(g)) };
}

/** A book's own briefing text for the plan: notes by summary id, and the front matter. */
export interface PlanBriefing {
  notes?: ReadonlyMap<string, BriefingNotes>;
  front?: FrontMatter;
}

/** The section builders of one plan: they share its settings, its entries and the section counter. */
function sectionMaker(settings: PlanSettings, entries: readonly BookEntry[], notes: PlanBriefing['notes']) {
  const xrefs = settings.options.crossReferences;
  let counter = 0;
  const order = (gs: Group[]) => orderGroups(gs, settings.groupOrder, settings.manualGroupOrder);
  const itemsOf = (members: readonly number[], isFull: (i: number) => boolean): PlanItem[] =>
    orderItems(entries, members, settings.itemOrder).flatMap((i): PlanItem[] => {
      const anchor = summaryAnchor(entries[i]!.id);
      const itemNotes = notes?.get(entries[i]!.id);
      if (isFull(i)) return [hasNotes(itemNotes) ? { kind: 'full', entry: entries[i]!, anchor, notes: itemNotes } : { kind: 'full', entry: entries[i]!, anchor }];
      return xrefs ? [{ kind: 'xref', entry: entries[i]!, anchor }] : [];
    });
  const section = (title: string, level: 1 | 2, other: boolean, items: PlanItem[], subsections: PlanSection[] = []): PlanSection => ({
    anchor: `section:${++counter}`,
    title,
    level,
    other,
    items,
    subsections,
  });

  /**
   * A top-level group's summaries printed here, under second-level subheadings: each summary
   * once, under its first subheading; a subheading only where it has a summary; the group's
   * summaries printed under other groups listed once, after the subheadings.
   */
  const withSubsections = (title: string, other: boolean, full: number[], elsewhere: number[], second: GroupKey): PlanSection => {
    const { groups, none } = groupEntries(entries, full, second);
    if (groups.length === 0) return section(title, 1, other, itemsOf([...full, ...elsewhere], (i) => full.includes(i)));
    const placed = new Set<number>();
    const subsections: PlanSection[] = [];
    for (const g of order(groups)) {
      const mine = g.members.filter((i) => !placed.has(i));
      mine.forEach((i) => placed.add(i));
      if (mine.length) subsections.push(section(g.name, 2, false, itemsOf(mine, () => true)));
    }
    if (none.length) subsections.push(section(OTHER_MEETINGS, 2, true, itemsOf(none, () => true)));
    return section(title, 1, other, itemsOf(elsewhere, () => false), subsections);
  };

  /** A top-level section: with subheadings when the book groups on a second level. */
  const topSection = (title: string, other: boolean, full: number[], elsewhere: number[]): PlanSection => {
    const second = settings.groupBySecond;
    if (second) return withSubsections(title, other, full, elsewhere, second);
    const fullSet = new Set(full);
    return section(title, 1, other, itemsOf([...full, ...elsewhere], (i) => fullSet.has(i)));
  };
  return { xrefs, order, itemsOf, section, topSection };
}

/**
 * The sections of a grouped book, and its "See also" list: a group with no summary printed in
 * full under it (all are at home elsewhere), and the groups of actors of kinds not given sections.
 */
function groupedSections(make: ReturnType<typeof sectionMaker>, settings: PlanSettings, entries: readonly BookEntry[], key: GroupKey): { sections: PlanSection[]; seeAlso: SeeAlsoEntry[] } {
  const all = entries.map((_, i) => i);
  const sections: PlanSection[] = [];
  const seeAlso: SeeAlsoEntry[] = [];
  const { groups, none } = groupEntries(entries, all, key);
  const { main, rest } = sectionGroups(entries, groups, key, settings.options);
  const ordered = make.order(main);
  const home = homesOf(entries, ordered, key);
  const homeless = [...none, ...all.filter((i) => !home.has(i) && !none.includes(i))];
  for (const g of ordered) {
    const full = g.members.filter((i) => home.get(i) === g);
    const elsewhere = g.members.filter((i) => home.get(i) !== g);
    if (full.length > 0) sections.push(make.topSection(g.name, false, full, elsewhere));
    // Only cross-references: a line in the "See also" list, not a section of its own.
    else if (make.xrefs) seeAlso.push({ title: g.name, items: make.itemsOf(elsewhere, () => false) });
  }
  if (homeless.length) sections.push(make.topSection(OTHER_MEETINGS, true, homeless, []));
  if (make.xrefs) for (const g of make.order(rest)) seeAlso.push({ title: g.name, items: make.itemsOf(g.members, () => false) });
  // In the book's group order too, so moving a group in the builder moves it here.
  const rank = new Map(make.order(groups).map((g, i) => [g.name, i]));
  return { sections, seeAlso: [...seeAlso].sort((a, b) => rank.get(a.title)! - rank.get(b.title)!) };
}

export function buildLayoutPlan(settings: PlanSettings, entries: readonly BookEntry[], briefing: PlanBriefing = {}): LayoutPlan {
  const make = sectionMaker(settings, entries, briefing.notes);
  const { sections, seeAlso } =
    settings.groupBy === 'none'
      ? { sections: [make.section('Meetings', 1, false, make.itemsOf(entries.map((_, i) => i), () => true))], seeAlso: [] }
      : groupedSections(make, settings, entries, settings.groupBy);

  const printOrder = fullItemsInOrder(sections).map((item) => item.entry);
  const actorIndex = settings.options.actorIndex ? buildActorIndex(printOrder, (e) => summaryAnchor(e.id)) : [];
  const sources = settings.options.includeSources ? printOrder.filter(hasSource).map((e) => sourceOf(e, summaryAnchor(e.id))) : [];

  return {
    cover: {
      title: settings.title,
      subtitle: settings.subtitle,
      preparedFor: settings.preparedFor,
      preparedBy: settings.preparedBy,
      date: formatBookDate(settings.date),
      classification: settings.classification,
      purpose: settings.purpose,
    },
    ...(hasFrontMatter(briefing.front) ? { frontMatter: briefing.front } : {}),
    options: settings.options,
    language: mostCommonLanguage(entries),
    sections,
    seeAlso,
    actorIndex,
    sources,
    summaryCount: printOrder.length,
  };
}

/** Every fully printed item, in print order. */
export function fullItemsInOrder(sections: readonly PlanSection[]): Array<Extract<PlanItem, { kind: 'full' }>> {
  const out: Array<Extract<PlanItem, { kind: 'full' }>> = [];
  const walk = (s: PlanSection) => {
    for (const item of s.items) if (item.kind === 'full') out.push(item);
    s.subsections.forEach(walk);
  };
  sections.forEach(walk);
  return out;
}

function mostCommonLanguage(entries: readonly BookEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.language || 'en', (counts.get(e.language || 'en') ?? 0) + 1);
  let best = 'en';
  let bestCount = 0;
  for (const [lang, n] of [...counts.entries()].sort()) if (n > bestCount) [best, bestCount] = [lang, n];
  return best;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2024-07-27" -> "27 July 2024", "2024-07" -> "July 2024", "2024" -> "2024" (the style of diplomatic papers). */
export function formatBookDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
