import { join } from 'node:path';
import { DEFAULT_BOOK_OPTIONS, type BookEntry, type BookOptions } from '../../electron/books/book-types';
import { buildLayoutPlan, type LayoutPlan, type PlanSettings } from '../../electron/books/layout-plan';
import { renderBookToFile, type RenderOptions } from '../../electron/pdf/render-book';
import { syntheticEntries } from './synthetic-entries';

export const MARKING = 'RESTRICTED';
export const CYRILLIC = 'Сергей Викторович Лавров заявил, что переговоры были конструктивными.';
export const GREEK = 'Ο υπουργός Εξωτερικών Γιώργος Γεραπετρίτης συναντήθηκε με τον ομόλογό του.';

/** A summary in Russian and Greek, to check those scripts survive the trip through the PDF. */
export function multilingualEntry(): BookEntry {
  return {
    id: 'multilingual-0001',
    title: 'Встреча в Вьентьяне — Συνάντηση στη Βιεντιάν',
    meetingDate: '2024-07-26',
    city: 'Вьентьян',
    country: 'Laos',
    sourceName: 'ΑΠΕ-ΜΠΕ',
    sourceUrl: 'https://www.example.gr/news/2024/07/26/synantisi',
    body: `${CYRILLIC}\n\n${GREEK}`,
    keyPoints: ['Ελλάδα και Ρωσία: διάλογος για την ασφάλεια.'],
    notes: '',
    language: 'en',
    forums: ['East Asia Summit'],
    actors: ['Сергей Лавров', 'Γιώργος Γεραπετρίτης'],
    actorDetails: [
      { name: 'Сергей Лавров', type: 'person', aliases: [] },
      { name: 'Γιώργος Γεραπετρίτης', type: 'person', aliases: [] },
    ],
    primaryForum: 'East Asia Summit',
    publishedDate: null,
    sourceAuthor: null,
    themes: [],
  };
}

export function settings(overrides: Partial<PlanSettings> = {}, options: Partial<BookOptions> = {}): PlanSettings {
  return {
    title: 'Test briefing book',
    subtitle: 'Parsed back by the tests',
    preparedFor: 'The Minister',
    preparedBy: 'Test Division',
    date: '2024-07-20',
    classification: MARKING,
    purpose: 'Checks every page number the book prints.',
    groupBy: 'forum',
    groupBySecond: null,
    groupOrder: 'alpha',
    itemOrder: 'date-asc',
    manualGroupOrder: [],
    ...overrides,
    options: { ...DEFAULT_BOOK_OPTIONS, includeNotes: true, ...options },
  };
}

export function testPlan(n = 40, overrides: Partial<PlanSettings> = {}, options: Partial<BookOptions> = {}): LayoutPlan {
  return buildLayoutPlan(settings(overrides, options), [...syntheticEntries(n, 7), multilingualEntry()]);
}

export async function renderTo(dir: string, name: string, plan: LayoutPlan, options: RenderOptions = {}) {
  const path = join(dir, name);
  const result = await renderBookToFile(plan, path, { reproducible: true, ...options });
  return { path, ...result };
}
