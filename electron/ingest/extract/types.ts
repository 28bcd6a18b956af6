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

export interface Extraction {
  title: string;
  /** "2024-07-27", "2024-07", "2024" or null (the form gives the precision). */
  date: string | null;
  location: { city: string | null; country: string | null } | null;
  forums: Suggestion[];
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
}
