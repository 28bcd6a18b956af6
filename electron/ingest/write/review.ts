import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors';
import type { PreviewItem } from '../ingest-types';
import type { ReviewedTag, ReviewEdit } from '../review-edit';
import { commitItemOf, type CommitItem, type CommitTag } from './commit-item';

/**
 * Previewed items waiting for the user's review, by key: the commit stores what was read,
 * extracted and resolved in the main process, so the renderer sends back only its decisions,
 * never a body. Bounded (oldest dropped first) so an abandoned review cannot hold memory forever.
 */
export class ImportReview {
  private readonly items = new Map<string, PreviewItem>();

  constructor(private readonly capacity = 5000) {}

  /** Keeps the item for its commit; returns its key. */
  hold(item: PreviewItem): string {
    const key = randomUUID();
    this.items.set(key, item);
    while (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value!);
    return key;
  }

  /** The items to store: each preview with the user's edits. */
  commitItems(edits: readonly ReviewEdit[]): CommitItem[] {
    return edits.map((edit) => {
      const previewed = this.items.get(edit.key);
      if (!previewed?.extraction) {
        throw new AppError('NOT_FOUND', 'This import preview has expired or was refused; preview the files again.');
      }
      return applyEdit(commitItemOf(previewed.file, previewed.extraction, previewed.resolved), edit);
    });
  }

  release(keys: readonly string[]): void {
    for (const key of keys) this.items.delete(key);
  }
}

function applyEdit(base: CommitItem, edit: ReviewEdit): CommitItem {
  const date = edit.date !== undefined ? edit.date : base.date;
  const city = edit.city !== undefined ? edit.city : base.city;
  const country = edit.country !== undefined ? edit.country : base.country;
  const title = edit.title ?? base.title;
  return {
    ...base,
    title,
    // Extraction's reasons describe its own values: a value the user changed has none.
    titleGenerated: base.titleGenerated && title === base.title,
    date,
    dateEvidence: date === base.date ? base.dateEvidence : null,
    city,
    country,
    placeEvidence: city === base.city && country === base.country ? base.placeEvidence : null,
    keyPoints: edit.keyPoints ?? base.keyPoints,
    notes: edit.notes,
    sourceName: edit.sourceName !== undefined ? edit.sourceName : base.sourceName,
    sourceUrl: edit.sourceUrl !== undefined ? edit.sourceUrl : base.sourceUrl,
    tags: edit.tags ? mergeDecisions(base.tags, edit.tags) : base.tags,
  };
}

/** The user's tag list, with each extracted tag's confidence, evidence and entity carried over. */
function mergeDecisions(extracted: CommitTag[], edited: ReviewedTag[]): CommitTag[] {
  const key = (t: { kind: string; name: string }) => `${t.kind}\u001f${t.name.toLowerCase()}`;
  const byKey = new Map(extracted.map((t) => [key(t), t]));
  // The user's choice of primary forum, when they made one, replaces extraction's.
  const chosePrimary = edited.some((t) => t.isPrimary !== undefined);
  return edited.map((t) => {
    const original = byKey.get(key(t));
    const isPrimary = chosePrimary ? t.isPrimary === true : original?.isPrimary;
    if (!original || t.addedByUser) return { ...tagOfReview(t, t.addedByUser ?? !original), isPrimary };
    return { ...original, status: t.decision ?? original.status, isPrimary };
  });
}

/** A tag the review names (not one extraction found, or one the user added again) in the library's words. */
function tagOfReview(t: ReviewedTag, byUser: boolean): CommitTag {
  return {
    kind: t.kind,
    name: t.name,
    actorType: t.actorType,
    themeSlug: t.kind === 'theme' ? t.themeId : undefined,
    source: byUser ? 'user' : 'extracted',
    status: t.decision,
  };
}
