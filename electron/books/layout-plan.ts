import type { BookEntry, BookOptions, BookSettings, GroupKey, GroupOrder, ItemOrder } from './book-types';
import { formatBookDate } from './format-date';

/**
 * The layout step: a book's settings and its summaries become a plan of what the PDF
 * prints, in order. Pure: no I/O, no page numbers (the renderer finds those).
 */

export const OTHER_MEETINGS = 'Other meetings';

export type PlanItem =
  /** The summary printed in full; `anchor` is where links to it land. */
  | { kind: 'full'; entry: BookEntry; anchor: string }
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

export interface LayoutPlan {
  cover: PlanCover;
  options: BookOptions;
  /** BCP 47 language of the document (the language most summaries are in). */
  language: string;
  sections: PlanSection[];
  /** Actors, alphabetically, with the anchors of the summaries that name them (in print order). */
  actorIndex: Array<{ name: string; anchors: string[] }>;
  /** Summaries with a source, in print order. */
  sources: Array<{ anchor: string; title: string; sourceName: string | null; sourceUrl: string | null }>;
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

export function buildLayoutPlan(settings: PlanSettings, entries: readonly BookEntry[]): LayoutPlan {
  const all = entries.map((_, i) => i);
  const printed = new Set<number>();
  const xrefs = settings.options.crossReferences;
  let counter = 0;

  const makeItems = (members: readonly number[]): PlanItem[] => {
    const items: PlanItem[] = [];
    for (const i of orderItems(entries, members, settings.itemOrder)) {
      const entry = entries[i]!;
      const anchor = summaryAnchor(entry.id);
      if (!printed.has(i)) {
        printed.add(i);
        items.push({ kind: 'full', entry, anchor });
      } else if (xrefs) {
        items.push({ kind: 'xref', entry, anchor });
      }
    }
    return items;
  };

  const makeSection = (title: string, level: 1 | 2, other: boolean, members: readonly number[]): PlanSection | undefined => {
    const anchor = `section:${++counter}`;
    const second = settings.groupBySecond;
    if (level === 1 && second && settings.groupBy !== 'none') {
      const { groups, none } = groupEntries(entries, members, second);
      // No second-level value at all: a flat list reads better than one "Other meetings" sub-heading.
      if (groups.length === 0) {
        const items = makeItems(members);
        return items.length ? { anchor, title, level, other, items, subsections: [] } : undefined;
      }
      const subsections: PlanSection[] = [];
      for (const g of orderGroups(groups, settings.groupOrder, settings.manualGroupOrder)) {
        const s = makeSection(g.name, 2, false, g.members);
        if (s) subsections.push(s);
      }
      if (none.length) {
        const s = makeSection(OTHER_MEETINGS, 2, true, none);
        if (s) subsections.push(s);
      }
      return subsections.length ? { anchor, title, level, other, items: [], subsections } : undefined;
    }
    const items = makeItems(members);
    return items.length ? { anchor, title, level, other, items, subsections: [] } : undefined;
  };

  const sections: PlanSection[] = [];
  if (settings.groupBy === 'none') {
    const s = makeSection('Meetings', 1, false, all);
    if (s) sections.push(s);
  } else {
    const { groups, none } = groupEntries(entries, all, settings.groupBy);
    for (const g of orderGroups(groups, settings.groupOrder, settings.manualGroupOrder)) {
      const s = makeSection(g.name, 1, false, g.members);
      if (s) sections.push(s);
    }
    if (none.length) {
      const s = makeSection(OTHER_MEETINGS, 1, true, none);
      if (s) sections.push(s);
    }
  }

  const printOrder = fullItemsInOrder(sections).map((item) => item.entry);
  const actors = new Map<string, string[]>();
  for (const entry of printOrder) {
    for (const name of valuesOf(entry, 'actor')) {
      const list = actors.get(name) ?? [];
      list.push(summaryAnchor(entry.id));
      actors.set(name, list);
    }
  }
  const actorIndex = settings.options.actorIndex
    ? [...actors.entries()].sort(([a], [b]) => collator.compare(a, b) || (a < b ? -1 : 1)).map(([name, anchors]) => ({ name, anchors }))
    : [];
  const sources = settings.options.includeSources
    ? printOrder
        .filter((e) => e.sourceName || e.sourceUrl)
        .map((e) => ({ anchor: summaryAnchor(e.id), title: e.title, sourceName: e.sourceName, sourceUrl: e.sourceUrl }))
    : [];

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
    options: settings.options,
    language: mostCommonLanguage(entries),
    sections,
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
