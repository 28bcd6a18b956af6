import { AppError } from '../../errors';
import {
  addAlias,
  ensureEntity,
  findEntityId,
  getEntity,
  listEntities,
  removeAlias,
  renameEntity,
  setActorType,
  setThemePhrases,
} from '../../library/entities';
import { mergeEntitiesUndoably, undoEntityMerge } from '../../library/entity-merges';
import { search } from '../../library/search';
import { addSummary, deleteSummary, getSummary, libraryStats, updateSummary } from '../../library/summaries';
import { acceptSuggestedTags, addUserTag, decideTag, removeTag, setPrimaryForum } from '../../library/tags';
import { libraryContract } from '../contracts/library';
import type { Handlers } from '../registry';

export const libraryHandlers: Handlers<typeof libraryContract.methods> = {
  search: (query, { library }) => search(library.db, query),
  get: ({ id }, { library }) => getSummary(library.db, id),
  add: (input, { library, emit }) => {
    const result = addSummary(library.db, input);
    if (result.status === 'added') emit('library:changed', { reason: 'add' });
    return result;
  },
  update: ({ id, fields }, { library }) => updateSummary(library.db, id, fields),
  delete: ({ id }, { library, emit }) => {
    const summary = getSummary(library.db, id);
    deleteSummary(library.db, id);
    emit('library:changed', { reason: 'delete' });
    return summary;
  },
  restore: ({ summary }, { library, emit }) => {
    const result = addSummary(library.db, {
      ...summary,
      tags: summary.tags.map((t) => ({
        kind: t.kind,
        name: t.name,
        actorType: t.actorType ?? undefined,
        themeSlug: t.themeSlug ?? undefined,
        confidence: t.confidence,
        evidence: t.evidence,
        source: t.source,
        status: t.status,
        isPrimary: t.isPrimary,
      })),
    });
    if (result.status === 'duplicate' && result.id !== summary.id) {
      throw new AppError('DUPLICATE', 'The library already holds this text again, under another summary.');
    }
    emit('library:changed', { reason: 'restore' });
    return getSummary(library.db, result.id);
  },
  stats: (_req, { library }) => libraryStats(library.db),
  entities: ({ kind }, { library }) => listEntities(library.db, kind),
  addTag: ({ summaryId, ...tag }, { library }) => {
    getSummary(library.db, summaryId);
    addUserTag(library.db, summaryId, tag);
    return getSummary(library.db, summaryId);
  },
  decideTag: ({ summaryId, entityId, status }, { library }) => {
    decideTag(library.db, summaryId, entityId, status);
    return getSummary(library.db, summaryId);
  },
  acceptSuggestedTags: ({ summaryId }, { library }) => {
    getSummary(library.db, summaryId);
    acceptSuggestedTags(library.db, summaryId);
    return getSummary(library.db, summaryId);
  },
  removeTag: ({ summaryId, entityId }, { library }) => {
    removeTag(library.db, summaryId, entityId);
    return getSummary(library.db, summaryId);
  },
  setPrimaryForum: ({ summaryId, entityId }, { library, emit }) => {
    setPrimaryForum(library.db, summaryId, entityId);
    // Books group by primary forum: open previews must redraw.
    emit('library:changed', { reason: 'update' });
    return getSummary(library.db, summaryId);
  },
  renameEntity: ({ id, name }, { library }) => {
    renameEntity(library.db, id, name);
    return getEntity(library.db, id);
  },
  mergeEntities: ({ fromId, intoId }, { library }) => {
    const { mergeId, into } = mergeEntitiesUndoably(library.db, fromId, intoId);
    return { ...into, mergeId };
  },
  undoMerge: ({ mergeId }, { library }) => undoEntityMerge(library.db, mergeId),
  addAlias: ({ id, alias }, { library }) => {
    addAlias(library.db, id, alias);
    return getEntity(library.db, id);
  },
  removeAlias: ({ id, alias }, { library }) => {
    removeAlias(library.db, id, alias);
    return getEntity(library.db, id);
  },
  setActorType: ({ id, actorType }, { library }) => {
    setActorType(library.db, id, actorType);
    return getEntity(library.db, id);
  },
  addTheme: ({ name, phrases }, { library }) => {
    if (findEntityId(library.db, 'theme', name) !== undefined) {
      throw new AppError('CONFLICT', `A theme named "${name}" already exists.`);
    }
    const id = library.db.transaction(() => {
      const created = ensureEntity(library.db, { kind: 'theme', name });
      setThemePhrases(library.db, created, phrases);
      return created;
    })();
    return getEntity(library.db, id);
  },
  setThemePhrases: ({ id, phrases }, { library }) => {
    setThemePhrases(library.db, id, phrases);
    return getEntity(library.db, id);
  },
};
