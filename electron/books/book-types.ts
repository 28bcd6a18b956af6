/** Plain data shapes of briefing books, shared by the store, the layout step, IPC, CLI and UI. */
import type { SearchQuery } from '../library/search';

/** Markings offered in the UI; any other free text is accepted too. */
export const CLASSIFICATION_PRESETS = ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'] as const;

export type GroupKey = 'forum' | 'theme' | 'actor';
export type GroupBy = GroupKey | 'none';
export type GroupOrder = 'alpha' | 'count' | 'manual';
export type ItemOrder = 'date-asc' | 'date-desc' | 'manual';
export type Paper = 'a4' | 'letter';

export interface BookOptions {
  /** Print only the key points of each summary (the body is left out when there are key points). */
  keyPointsOnly: boolean;
  includeNotes: boolean;
  includeSources: boolean;
  /** List a summary under its other groups as "see p. N" (off: it appears under its first group only). */
  crossReferences: boolean;
  actorIndex: boolean;
  paper: Paper;
}

export const DEFAULT_BOOK_OPTIONS: BookOptions = {
  keyPointsOnly: false,
  includeNotes: false,
  includeSources: true,
  crossReferences: true,
  actorIndex: true,
  paper: 'a4',
};

/** Everything about a book a user edits (all but the title optional on create). */
export interface BookSettings {
  title: string;
  subtitle: string;
  preparedFor: string;
  preparedBy: string;
  /** ISO date printed on the cover (YYYY, YYYY-MM or YYYY-MM-DD), or null for none. */
  date: string | null;
  classification: string;
  purpose: string;
  groupBy: GroupBy;
  groupBySecond: GroupKey | null;
  groupOrder: GroupOrder;
  itemOrder: ItemOrder;
  /** Group names in the user's order, used when groupOrder is 'manual' (unlisted groups follow alphabetically). */
  manualGroupOrder: string[];
  options: BookOptions;
  /** A live source: every summary matching this query is in the book, besides the chosen items. */
  savedSearch: SearchQuery | null;
}

/** A new book's settings, before the caller's own (the title is always the caller's). */
export const DEFAULT_BOOK_SETTINGS: Omit<BookSettings, 'title' | 'options'> = {
  subtitle: '',
  preparedFor: '',
  preparedBy: '',
  date: null,
  classification: 'UNCLASSIFIED',
  purpose: '',
  groupBy: 'forum',
  groupBySecond: null,
  groupOrder: 'alpha',
  itemOrder: 'date-asc',
  manualGroupOrder: [],
  savedSearch: null,
};

export type BookInput = Partial<Omit<BookSettings, 'options'>> & { title: string; options?: Partial<BookOptions> };
export type BookPatch = Partial<Omit<BookSettings, 'options'>> & { options?: Partial<BookOptions> };

export interface Book extends BookSettings {
  id: string;
  /** The chosen summaries, in manual order. */
  itemIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface BookListEntry {
  id: string;
  title: string;
  classification: string;
  itemCount: number;
  hasSavedSearch: boolean;
  updatedAt: string;
}

/** One summary as the layout step needs it: the fields it prints and its accepted tags by kind. */
export interface BookEntry {
  id: string;
  title: string;
  meetingDate: string | null;
  city: string | null;
  country: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  body: string;
  keyPoints: string[];
  notes: string;
  language: string;
  forums: string[];
  actors: string[];
  themes: string[];
}
