/** The extraction contract of DESIGN.md: what `briefing extract FILE --json` prints. */
export type Range = [number, number];

export interface Suggestion {
  name: string;
  /** 0..1: how sure the extractor is. */
  confidence: number;
  /** Character ranges in `body` that support the suggestion. */
  evidence: Range[];
}

export interface ActorSuggestion extends Suggestion {
  type: 'person' | 'country' | 'organization';
}

export interface ThemeSuggestion {
  id: string;
  name: string;
  confidence: number;
}

/** Why a date or a place was chosen: how sure, where in `body`, and in words. */
export interface FieldEvidence {
  /** 0..1 */
  confidence: number;
  /** Character ranges in `body` (empty when the evidence lies in a removed line or the metadata). */
  evidence: Range[];
  /** Why, in words: "dateline 'ASTANA, Oct 13'; Thursday agrees; year from publication date 15 Oct 2024". */
  note: string;
}

/** Where the text comes from: a reader's metadata first, then what the text itself says. */
export interface SourceInfo {
  publisher: string | null;
  url: string | null;
  author: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** The file's name, only when nothing else names the source. */
  fileName: string | null;
}

export interface Extraction {
  title: string;
  /** True when no headline was found and the title was composed from the forum, place and date. */
  titleGenerated: boolean;
  /** "2024-07-27", "2024-07", "2024" or null (the form gives the precision). */
  date: string | null;
  /** Null exactly when `date` is. */
  dateInfo: FieldEvidence | null;
  location: { city: string | null; country: string | null } | null;
  /** Null exactly when `location` is. */
  locationInfo: FieldEvidence | null;
  forums: Suggestion[];
  /** The name of one of `forums`: the one the meeting took place in; null without forums. */
  primaryForum: string | null;
  source: SourceInfo;
  actors: ActorSuggestion[];
  themes: ThemeSuggestion[];
  keyPoints: string[];
  body: string;
  removed: string[];
}

/** A theme the user added (or a seeded theme with the user's own key phrases). */
export interface UserTheme {
  /** The taxonomy id for a seeded theme, or any stable id ("user-12") for the user's own. */
  id: string;
  name: string;
  phrases: string[];
}

export interface ExtractOptions {
  fileName?: string;
  /** The file's date (ISO), used to infer a year the text omits. */
  fileDate?: string;
  userThemes?: readonly UserTheme[];
  /** What a reader found in the file's metadata (HTML meta, .docx core properties, PDF Info). */
  meta?: Partial<SourceInfo>;
}
