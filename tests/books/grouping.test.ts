import { describe, expect, it } from 'vitest';
import { primaryForumOf } from '../../electron/books/book-content';
import { DEFAULT_BOOK_OPTIONS, type BookActor, type BookEntry } from '../../electron/books/book-types';
import { buildLayoutPlan, type PlanSection, type PlanSettings } from '../../electron/books/layout-plan';
import type { Tag } from '../../electron/library/types';

function entry(id: string, over: Partial<BookEntry> = {}): BookEntry {
  return {
    id, title: `Meeting ${id}`, meetingDate: null, city: null, country: null, sourceName: null, sourceUrl: null,
    publishedDate: null, sourceAuthor: null, body: 'Text.', keyPoints: [], notes: '', language: 'en',
    primaryForum: null, forums: [], actors: [], actorDetails: [], themes: [], ...over,
  };
}
function settings(over: Partial<PlanSettings> = {}): PlanSettings {
  return {
    title: 'T', subtitle: '', preparedFor: '', preparedBy: '', date: null, classification: 'OFFICIAL', purpose: '',
    groupBy: 'forum', groupBySecond: null, groupOrder: 'alpha', itemOrder: 'date-asc', manualGroupOrder: [],
    ...over, options: { ...DEFAULT_BOOK_OPTIONS, ...over.options },
  };
}
const withActors = (id: string, actors: BookActor[], over: Partial<BookEntry> = {}) =>
  entry(id, { actors: actors.map((a) => a.name), actorDetails: actors, ...over });
const person = (name: string): BookActor => ({ name, type: 'person', aliases: [] });
const country = (name: string): BookActor => ({ name, type: 'country', aliases: [] });
const all = (sections: readonly PlanSection[]): PlanSection[] => sections.flatMap((s) => [s, ...all(s.subsections)]);

describe('grouping', () => {
  it('prints a summary in full under its primary forum, not its alphabetically first one', () => {
    const plan = buildLayoutPlan(settings(), [
      entry('res', { forums: ['UN General Assembly', 'UN Security Council'], primaryForum: 'UN Security Council' }),
      entry('ga', { forums: ['UN General Assembly'] }),
    ]);
    const [ga, sc] = plan.sections;
    expect(sc!.title).toBe('UN Security Council');
    expect(sc!.items).toMatchObject([{ kind: 'full', entry: { id: 'res' } }]);
    expect(ga!.items.map((i) => `${i.kind}:${i.entry.id}`)).toEqual(['full:ga', 'xref:res']);
  });

  it('takes the stored primary forum, else the highest-confidence forum tag that is not rejected', () => {
    const tag = (name: string, confidence: number, status: Tag['status'], isPrimary = false): Tag =>
      ({ entityId: 1, kind: 'forum', name, actorType: null, themeSlug: null, confidence, source: 'extracted', status, evidence: [], isPrimary });
    expect(primaryForumOf([tag('UN General Assembly', 0.6, 'accepted', true), tag('UN Security Council', 0.9, 'suggested')])).toBe('UN General Assembly');
    expect(primaryForumOf([tag('UN General Assembly', 0.6, 'suggested'), tag('UN Security Council', 0.9, 'suggested')])).toBe('UN Security Council');
    expect(primaryForumOf([tag('G20', 0.99, 'rejected'), tag('BRICS', 0.5, 'accepted')])).toBe('BRICS');
    expect(primaryForumOf([])).toBeNull();
  });

  it('gathers groups with nothing printed in full into a "See also" list instead of sections', () => {
    const plan = buildLayoutPlan(settings(), [entry('a', { forums: ['G20', 'BRICS'] }), entry('b', { forums: ['BRICS'] })]);
    expect(plan.sections.map((s) => s.title)).toEqual(['BRICS']);
    expect(plan.seeAlso).toMatchObject([{ title: 'G20', items: [{ kind: 'xref', entry: { id: 'a' } }] }]);
  });

  it('by actor: sections for people with a summary in full; countries and the rest listed compactly', () => {
    const plan = buildLayoutPlan(settings({ groupBy: 'actor' }), [
      withActors('a', [person('Sergey Lavrov'), country('Laos'), person('Wang Yi')]),
      withActors('b', [person('Wang Yi')]),
      withActors('c', [country('Laos')]),
    ]);
    expect(plan.sections.map((s) => s.title)).toEqual(['Sergey Lavrov', 'Wang Yi', 'Other meetings']);
    expect(plan.sections[2]!.items).toMatchObject([{ kind: 'full', entry: { id: 'c' } }]);
    expect(plan.seeAlso.map((s) => s.title)).toEqual(['Laos']);
    const countries = buildLayoutPlan(settings({ groupBy: 'actor', options: { ...DEFAULT_BOOK_OPTIONS, actorGroupTypes: ['country'] } }), [
      withActors('a', [person('Sergey Lavrov'), country('Laos')]),
    ]);
    expect(countries.sections.map((s) => s.title)).toEqual(['Laos']);
  });

  it('at two levels: subheadings only where a summary is printed, and no summary listed twice in a section', () => {
    const plan = buildLayoutPlan(settings({ groupBySecond: 'theme' }), [
      entry('a', { forums: ['OSCE', 'UN'], primaryForum: 'UN', themes: ['Security', 'Trade', 'Health', 'Climate', 'Migration'] }),
      entry('b', { forums: ['OSCE'], themes: ['Security', 'Trade'] }),
      entry('c', { forums: ['UN'], themes: [] }),
    ]);
    const osce = plan.sections.find((s) => s.title === 'OSCE')!;
    expect(osce.subsections.map((s) => s.title)).toEqual(['Security']);
    expect(osce.items).toMatchObject([{ kind: 'xref', entry: { id: 'a' } }]);
    for (const s of plan.sections) {
      const ids = all([s]).flatMap((x) => x.items.map((i) => i.entry.id));
      expect(new Set(ids).size, s.title).toBe(ids.length);
    }
    const un = plan.sections.find((s) => s.title === 'UN')!;
    expect(un.subsections.map((s) => s.title)).toEqual(['Climate', 'Other meetings']);
  });
});
