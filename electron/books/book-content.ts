import type { Database } from 'better-sqlite3';
import { getSummaryRow } from '../library/summaries';
import { tagsOf } from '../library/tags';
import type { EntityKind } from '../library/types';
import type { BookEntry } from './book-types';

/**
 * Loads the summaries a book prints, in the given order, with their accepted or suggested
 * (never rejected) forums, actors and themes. Ids of summaries deleted meanwhile are skipped.
 */
export function loadBookEntries(db: Database, summaryIds: readonly string[]): BookEntry[] {
  const entries: BookEntry[] = [];
  for (const id of summaryIds) {
    const row = getSummaryRow(db, id);
    if (!row) continue;
    const names: Record<EntityKind, string[]> = { forum: [], actor: [], theme: [] };
    for (const tag of tagsOf(db, id)) if (tag.status !== 'rejected') names[tag.kind].push(tag.name);
    entries.push({
      id: row.id,
      title: row.title,
      meetingDate: row.meeting_date,
      city: row.city,
      country: row.country,
      sourceName: row.source_name,
      sourceUrl: row.source_url,
      body: row.body,
      keyPoints: JSON.parse(row.key_points) as string[],
      notes: row.notes,
      language: row.language,
      forums: names.forum,
      actors: names.actor,
      themes: names.theme,
    });
  }
  return entries;
}
