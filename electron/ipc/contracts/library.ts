import { z } from 'zod';
import type { AddResult, Entity, LibraryStats, SearchResult, Summary } from '../../library/types';
import {
  actorTypeSchema as actorType,
  cleanString,
  entityIdSchema as entityId,
  entityKindSchema as entityKind,
  summaryFieldsSchema,
  summaryIdSchema as summaryId,
  tagInputSchema,
} from '../../../common/primitives';
import { searchQuerySchema } from '../../../common/search-query';
import { defineContract, method } from '../define';

// The shapes the renderer reads, re-exported so it imports types from the contracts only.
export type { ActorType, DatePrecision, EntityKind, SummaryFields, TagSource, TagStatus } from '../../../common/primitives';
export type { SearchQuery } from '../../../common/search-query';
export type { AddResult, Entity, FacetCount, FieldEvidence, LibraryStats, SearchHit, SearchResult, SnippetPart, Summary, Tag } from '../../library/types';

export { searchQuerySchema };

export const libraryContract = defineContract('library', {
  search: method<SearchResult>()(searchQuerySchema),
  get: method<Summary>()(z.strictObject({ id: summaryId })),
  add: method<AddResult>()(summaryFieldsSchema.extend({ tags: z.array(tagInputSchema).max(500).optional() })),
  update: method<Summary>()(z.strictObject({ id: summaryId, fields: summaryFieldsSchema })),
  /** Returns the deleted summary so the UI can offer Undo (restore). */
  delete: method<Summary>()(z.strictObject({ id: summaryId })),
  restore: method<Summary>()(z.strictObject({ summary: z.custom<Summary>((v) => typeof v === 'object' && v !== null) })),
  stats: method<LibraryStats>()(z.strictObject({}).optional()),
  entities: method<Array<Entity & { uses: number }>>()(z.strictObject({ kind: entityKind })),
  addTag: method<Summary>()(
    z.strictObject({ summaryId, kind: entityKind, name: cleanString(z.string().min(1).max(300)), actorType: actorType.optional() }),
  ),
  decideTag: method<Summary>()(z.strictObject({ summaryId, entityId, status: z.enum(['accepted', 'rejected']) })),
  /** Accepts every suggested tag of the summary in one transaction. */
  acceptSuggestedTags: method<Summary>()(z.strictObject({ summaryId })),
  removeTag: method<Summary>()(z.strictObject({ summaryId, entityId })),
  /** Makes one of the summary's forum tags the forum the meeting took place in. */
  setPrimaryForum: method<Summary>()(z.strictObject({ summaryId, entityId })),
  renameEntity: method<Entity>()(z.strictObject({ id: entityId, name: cleanString(z.string().min(1).max(300)) })),
  /** The survivor, and the id that undoes the merge (`undoMerge`). */
  mergeEntities: method<Entity & { mergeId: string }>()(z.strictObject({ fromId: entityId, intoId: entityId })),
  /** Gives a merged entity back with its aliases and tags; returns it. */
  undoMerge: method<Entity>()(z.strictObject({ mergeId: z.string().min(1).max(100) })),
  addAlias: method<Entity>()(z.strictObject({ id: entityId, alias: cleanString(z.string().min(1).max(300)) })),
  removeAlias: method<Entity>()(z.strictObject({ id: entityId, alias: z.string().min(1).max(300) })),
  setActorType: method<Entity>()(z.strictObject({ id: entityId, actorType })),
  addTheme: method<Entity>()(
    z.strictObject({ name: cleanString(z.string().min(1).max(200)), phrases: z.array(cleanString(z.string().min(1).max(200))).max(200) }),
  ),
  setThemePhrases: method<Entity>()(z.strictObject({ id: entityId, phrases: z.array(z.string().min(1).max(200)).max(200) })),
});
