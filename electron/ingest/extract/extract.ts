import { cleanText } from './clean';
import { findActors } from './actors';
import { analyse } from './document';
import { scoreForums, type ForumCandidate } from './forums';
import { keyPoints } from './key-points';
import { findLocation, isRemote, leadEnd, withForumSeat } from './location';
import { findMeetingDate } from './meeting-date';
import { publicationDate } from './publication-date';
import { findSource } from './source';
import { scoreThemes } from './themes';
import { titleOf } from './title';
import type { ExtractOptions, Extraction } from './types';

/** A body counts as a forum of the meeting from this score on (see forums.ts). */
export const FORUM_THRESHOLD = 0.6;

/**
 * Raw text -> cleaned body plus suggestions (DESIGN.md's extraction contract). Names, forums
 * and themes are found in the cleaned body only, so nothing that appears only in removed
 * boilerplate counts, and every evidence range points into `body`. Dates and the source also
 * read the removed header lines (a date stamp, a byline), which describe this very text.
 */
export function extract(raw: string, options: ExtractOptions = {}): Extraction {
  const { body, removed, header } = cleanText(raw);
  const doc = analyse(body);
  const candidates = scoreForums(doc);
  // A call has a forum only when its lead names one (a virtual G20 summit); the bodies the
  // callers went on to discuss are not where they met.
  const remote = isRemote(doc);
  const lead = leadEnd(doc);
  const forums = candidates.filter((c) => c.score >= FORUM_THRESHOLD && (!remote || c.evidence[0]![0] < lead));
  const actors = findActors(doc, forums);
  const themes = scoreThemes(doc, options.userThemes);
  const published = publicationDate(options.meta?.published ?? undefined, removed, header, options.fileDate);
  const date = findMeetingDate(doc, published, header);
  const primary = primaryForum(forums);
  const place = remote ? null : withForumSeat(findLocation(doc, header), primary?.name);
  const title = titleOf(body, {
    forum: primary?.name ?? null,
    forumAliases: primary?.aliases ?? [],
    city: place?.location.city ?? null,
    country: place?.location.country ?? null,
    date: date?.date ?? null,
    people: actors.filter((a) => a.type === 'person').map((a) => a.name),
  });
  return {
    title: title.title,
    titleGenerated: title.generated,
    date: date?.date ?? null,
    dateInfo: date?.info ?? null,
    location: place?.location ?? null,
    locationInfo: place?.info ?? null,
    forums: forums.map((f) => ({ name: f.org.name, confidence: Math.round(f.score * 100) / 100, evidence: f.evidence })),
    primaryForum: primary?.name ?? null,
    actors,
    themes: themes.map(({ id, name, confidence }) => ({ id, name, confidence })),
    keyPoints: keyPoints(doc, {
      entityStarts: [...forums.flatMap((f) => f.evidence), ...actors.flatMap((a) => a.evidence)].map((r) => r[0]),
      themeStarts: themes.flatMap((t) => t.evidence).map((r) => r[0]),
    }),
    body,
    removed,
    source: findSource({ removed, header, body }, published && published.from !== 'the file’s date' ? published.date : null, options.meta, options.fileName),
  };
}

/** The forum the meeting took place in: the best scored, and of two as good the one named first. */
function primaryForum(forums: readonly ForumCandidate[]): ForumCandidate['org'] | null {
  let best: ForumCandidate | undefined;
  for (const f of forums) {
    if (!best || f.score > best.score + 0.02 || (Math.abs(f.score - best.score) <= 0.02 && f.evidence[0]![0] < best.evidence[0]![0])) best = f;
  }
  return best?.org ?? null;
}
