/** Plain data shapes of briefing books, shared by the store, the layout step, IPC, CLI and UI. */
import type { SearchQuery } from '../library/search';
import type { ActorType } from '../library/types';

/** Markings offered in the UI; any other free text is accepted too. */
export const CLASSIFICATION_PRESETS = ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'] as const;

/**
 * The longest classification marking accepted, in characters: the CLI, the IPC contract and
 * the UI all use this one figure. At this length the marking still fits two lines of the page
 * head and foot at the smallest size the PDF sets it in (see pdf/marking.ts).
 */
export const MAX_MARKING_LENGTH = 200;

/** Why a marking is refused, or undefined when it is fine. */
export function markingProblem(marking: string): string | undefined {
  const text = marking.trim();
  if (!text) return 'A book needs a classification marking (for example UNCLASSIFIED).';
  if ([...text].length > MAX_MARKING_LENGTH) {
    return `The classification marking is ${[...text].length} characters long; at most ${MAX_MARKING_LENGTH} fit at the top and bottom of every page. Shorten it.`;
  }
  return undefined;
}

/** The longest book title accepted (the IPC contract and the title field both use it). */
export const MAX_TITLE_LENGTH = 300;

/** Why a title is refused, or undefined when it is fine. Counted as zod counts (UTF-16 units). */
export function titleProblem(title: string): string | undefined {
  const text = title.trim();
  if (!text) return 'A book needs a title; the last one is kept until you type a new one.';
  if (text.length > MAX_TITLE_LENGTH) {
    return `This title is ${text.length} characters long; a title can have at most ${MAX_TITLE_LENGTH}. Shorten it by ${text.length - MAX_TITLE_LENGTH} to save it; until then the book keeps its last title.`;
  }
  return undefined;
}

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
  /** Start every top-level section on a new page (off: sections follow on, which saves many half-empty pages). */
  sectionsOnNewPage: boolean;
  /** Grouping by actor: the kinds of actor that get a section of their own (the rest are listed compactly). */
  actorGroupTypes: ActorType[];
  /** A pale diagonal DRAFT on every page. */
  draft: boolean;
  /** Printed on the cover, the back cover and in every footer ("Copy 4 of 20"), or empty. */
  copyNumber: string;
  /** A handling instruction printed under the marking on the cover and back cover, or empty. */
  handlingCaveat: string;
  /** Write an archival PDF/A-2b file (embedded colour profile, XMP metadata). */
  pdfA: boolean;
}

export const DEFAULT_BOOK_OPTIONS: BookOptions = {
  keyPointsOnly: false,
  includeNotes: false,
  includeSources: true,
  crossReferences: true,
  actorIndex: true,
  paper: 'a4',
  sectionsOnNewPage: false,
  actorGroupTypes: ['person'],
  draft: false,
  copyNumber: '',
  handlingCaveat: '',
  pdfA: false,
};

/** Longest copy number and handling caveat accepted (they share a footer or cover line). */
export const MAX_COPY_NUMBER_LENGTH = 40;
export const MAX_CAVEAT_LENGTH = 300;

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
