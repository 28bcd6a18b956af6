/** The extraction engine's public surface. */
export { extract, FORUM_THRESHOLD } from './extract';
export type { ActorSuggestion, ExtractOptions, Extraction, FieldEvidence, Range, SourceInfo, Suggestion, ThemeSuggestion, UserTheme } from './types';
export { organizationAliases, countryAliases, gazetteer } from './gazetteer';
