import type { Database } from 'better-sqlite3';
import { getEntity } from '../library/entities';
import { findSummary } from '../library/summaries';
import type { EntityKind, Tag } from '../library/types';
import type { BookActor, BookEntry } from './book-types';

/**
 * The forum a summary is printed under in full: its primary forum (extraction's choice or the
 * user's, stored on the tag), else the highest-confidence forum tag that is not rejected (a
 * user's accepted tag before a suggestion at equal confidence, then by name).
 */
export function primaryForumOf(tags: readonly Tag[]): string | null {
  const forums = tags.filter((t) => t.kind === 'forum' && t.status !== 'rejected');
  const chosen = forums.find((t) => t.isPrimary);
  if (chosen) return chosen.name;
  forums.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      Number(b.status === 'accepted') - Number(a.status === 'accepted') ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return forums[0]?.name ?? null;
}

/**
 * Loads the summaries a book prints, in the given order, with their accepted or suggested
 * (never rejected) forums, actors and themes. Ids of summaries deleted meanwhile are skipped.
 */
export function loadBookEntries(db: Database, summaryIds: readonly string[]): BookEntry[] {
  const entries: BookEntry[] = [];
  const aliases = new Map<number, string[]>();
  const aliasesOf = (id: number) => {
    let list = aliases.get(id);
    if (!list) aliases.set(id, (list = getEntity(db, id).aliases));
    return list;
  };
  for (const id of summaryIds) {
    const summary = findSummary(db, id);
    if (!summary) continue;
    const { tags } = summary;
    const names: Record<EntityKind, string[]> = { forum: [], actor: [], theme: [] };
    const actorDetails: BookActor[] = [];
    for (const tag of tags) {
      if (tag.status === 'rejected') continue;
      names[tag.kind].push(tag.name);
      if (tag.kind === 'actor') actorDetails.push({ name: tag.name, type: tag.actorType ?? 'organization', aliases: aliasesOf(tag.entityId) });
    }
    entries.push({
      id: summary.id,
      title: summary.title,
      meetingDate: summary.meetingDate,
      city: summary.city,
      country: summary.country,
      sourceName: summary.sourceName,
      sourceUrl: summary.sourceUrl,
      publishedDate: summary.publishedDate,
      sourceAuthor: summary.sourceAuthor,
      sourceFile: summary.sourceFile,
      body: summary.body,
      keyPoints: summary.keyPoints,
      notes: summary.notes,
      language: summary.language,
      primaryForum: primaryForumOf(tags),
      forums: names.forum,
      actors: names.actor,
      actorDetails,
      themes: names.theme,
    });
  }
  return entries;
}
