import { describe, expect, it } from 'vitest';
import { DEFAULT_BOOK_OPTIONS, type BookEntry } from '../../electron/books/book-types';
import { buildLayoutPlan, fullItemsInOrder, OTHER_MEETINGS, summaryAnchor, type PlanSettings } from '../../electron/books/layout-plan';

function entry(id: string, over: Partial<BookEntry> = {}): BookEntry {
  return {
    id, title: `Meeting ${id}`, meetingDate: null, city: null, country: null, sourceName: null, sourceUrl: null,
    body: 'Text.', keyPoints: [], notes: '', language: 'en', forums: [], actors: [], themes: [],
    publishedDate: null, sourceAuthor: null, primaryForum: null, actorDetails: [], ...over,
  };
}

function settings(over: Partial<PlanSettings> = {}): PlanSettings {
  return {
    title: 'T', subtitle: '', preparedFor: '', preparedBy: '', date: '2024-07-27', classification: 'OFFICIAL', purpose: '',
    groupBy: 'forum', groupBySecond: null, groupOrder: 'alpha', itemOrder: 'date-asc', manualGroupOrder: [],
    ...over, options: { ...DEFAULT_BOOK_OPTIONS, ...over.options },
  };
}

const entries = [
  entry('a', { forums: ['G20', 'BRICS'], meetingDate: '2024-03-01', actors: ['Lula', 'Brazil'], sourceName: 'Agência Brasil' }),
  entry('b', { forums: ['BRICS'], meetingDate: '2023-08-22', actors: ['Brazil'] }),
  entry('c', { forums: [], meetingDate: '2024-01-10', actors: ['Greece'] }),
  entry('d', { forums: ['G20'], meetingDate: null }),
  entry('e', { forums: ['BRICS'], meetingDate: '2024-10-23' }),
];

describe('buildLayoutPlan', () => {
  it('groups alphabetically, prints each summary once in full and cross-references it elsewhere, Other meetings last', () => {
    const plan = buildLayoutPlan(settings(), entries);
    expect(plan.sections.map((s) => s.title)).toEqual(['BRICS', 'G20', OTHER_MEETINGS]);
    expect(plan.sections[0]!.items.map((i) => `${i.kind}:${i.entry.id}`)).toEqual(['full:b', 'full:a', 'full:e']);
    expect(plan.sections[1]!.items.map((i) => `${i.kind}:${i.entry.id}`)).toEqual(['xref:a', 'full:d']);
    expect(plan.sections[1]!.items[0]!.anchor).toBe(summaryAnchor('a'));
    expect(plan.sections[2]!.other).toBe(true);
    expect(fullItemsInOrder(plan.sections).map((i) => i.entry.id)).toEqual(['b', 'a', 'e', 'd', 'c']);
    expect(plan.summaryCount).toBe(5);
    expect(plan.cover.date).toBe('27 July 2024');
  });

  it('orders groups by count or by the manual list, and items by date either way (undated last) or manually', () => {
    expect(buildLayoutPlan(settings({ groupOrder: 'count' }), entries).sections.map((s) => s.title)).toEqual(['BRICS', 'G20', OTHER_MEETINGS]);
    expect(buildLayoutPlan(settings({ groupOrder: 'manual', manualGroupOrder: ['g20'] }), entries).sections.map((s) => s.title)).toEqual(['G20', 'BRICS', OTHER_MEETINGS]);
    const desc = buildLayoutPlan(settings({ itemOrder: 'date-desc' }), entries);
    expect(desc.sections[0]!.items.map((i) => i.entry.id)).toEqual(['e', 'a', 'b']);
    expect(desc.sections[1]!.items.map((i) => i.entry.id)).toEqual(['a', 'd']);
    const manual = buildLayoutPlan(settings({ itemOrder: 'manual' }), entries);
    expect(manual.sections[0]!.items.map((i) => i.entry.id)).toEqual(['a', 'b', 'e']);
  });

  it('without cross-references lists a summary under its first group only', () => {
    const plan = buildLayoutPlan(settings({ options: { ...DEFAULT_BOOK_OPTIONS, crossReferences: false } }), entries);
    expect(plan.sections[1]!.items.map((i) => `${i.kind}:${i.entry.id}`)).toEqual(['full:d']);
  });

  it('builds a second level, and leaves a group flat when none of its summaries has a second-level value', () => {
    const withThemes = entries.map((e) => (e.id === 'b' ? { ...e, themes: ['Trade'] } : e));
    const plan = buildLayoutPlan(settings({ groupBySecond: 'theme' }), withThemes);
    const brics = plan.sections[0]!;
    expect(brics.items).toEqual([]);
    expect(brics.subsections.map((s) => [s.title, s.level, s.items.map((i) => i.entry.id)])).toEqual([
      ['Trade', 2, ['b']],
      [OTHER_MEETINGS, 2, ['a', 'e']],
    ]);
    expect(plan.sections[1]!.subsections).toEqual([]);
  });

  it('puts everything in one section when not grouped', () => {
    const plan = buildLayoutPlan(settings({ groupBy: 'none' }), entries);
    expect(plan.sections).toHaveLength(1);
    expect(plan.sections[0]!.items.every((i) => i.kind === 'full')).toBe(true);
  });

  it('indexes actors alphabetically with their summaries in print order, and lists sources', () => {
    const plan = buildLayoutPlan(settings(), entries);
    // No kinds known for these actors: all filed as organisations, alphabetically.
    expect(plan.actorIndex).toMatchObject([
      {
        title: 'Organisations',
        entries: [
          { name: 'Brazil', anchors: [summaryAnchor('b'), summaryAnchor('a')] },
          { name: 'Greece', anchors: [summaryAnchor('c')] },
          { name: 'Lula', anchors: [summaryAnchor('a')] },
        ],
      },
    ]);
    expect(plan.sources).toEqual([
      { anchor: summaryAnchor('a'), title: 'Meeting a', publisher: 'Agência Brasil', author: null, url: null, date: null, fileName: null },
    ]);
    const bare = buildLayoutPlan(settings({ options: { ...DEFAULT_BOOK_OPTIONS, actorIndex: false, includeSources: false } }), entries);
    expect(bare.actorIndex).toEqual([]);
    expect(bare.sources).toEqual([]);
  });
});
