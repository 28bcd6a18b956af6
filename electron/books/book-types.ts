/** Plain data shapes of briefing books, shared by the store, the layout step, IPC, CLI and UI. */
import type { BookOptions, GroupBy, GroupKey, GroupOrder, ItemOrder } from '../../common/book-options';
import type { SearchQuery } from '../../common/search-query';
import type { ActorType } from '../library/types';

export {
  BOOK_OPTIONS,
  bookOptionsSchema,
  CLASSIFICATION_PRESETS,
  DEFAULT_BOOK_OPTIONS,
  MAX_CAVEAT_LENGTH,
  MAX_COPY_NUMBER_LENGTH,
  MAX_MARKING_LENGTH,
  MAX_TITLE_LENGTH,
  markingProblem,
  titleProblem,
} from '../../common/book-options';
export type { BookOptions, GroupBy, GroupKey, GroupOrder, ItemOrder, Paper } from '../../common/book-options';

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
  /** How many times the book was exported (the last export's "Version N"; 0 before the first). */
  exportVersion: number;
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
  /** When the source was published (ISO date), when known. */
  publishedDate: string | null;
  /** Who wrote or issued the source, when known. */
  sourceAuthor: string | null;
  /** The imported file's name: cited only when nothing else names the source. */
  sourceFile?: string | null;
  body: string;
  keyPoints: string[];
  notes: string;
  language: string;
  /** The forum the summary is printed under in full when grouping by forum (see book-content.ts). */
  primaryForum: string | null;
  forums: string[];
  actors: string[];
  /** The actors with their kind and other names (same order as `actors`). */
  actorDetails: BookActor[];
  themes: string[];
}

export interface BookActor {
  name: string;
  type: ActorType;
  aliases: string[];
}
