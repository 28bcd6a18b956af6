import { cleanText } from '../clean';
import { findActors } from './actors';
import { analyse } from './document';
import { scoreForums } from './forums';
import { keyPoints } from './key-points';
import { findLocation } from './location';
import { findMeetingDate } from './meeting-date';
import { scoreThemes } from './themes';
import { titleOf } from './title';
import type { ExtractOptions, Extraction } from './types';

/** A body counts as a forum of the meeting from this score on (see forums.ts). */
export const FORUM_THRESHOLD = 0.6;

/**
 * Raw text -> cleaned body plus suggestions (DESIGN.md's extraction contract). Everything is
 * found in the cleaned body, so nothing that appears only in removed boilerplate counts, and
 * every evidence range points into `body`.
 */
export function extract(raw: string, options: ExtractOptions = {}): Extraction {
  const { body, removed } = cleanText(raw);
  const doc = analyse(body);
  const candidates = scoreForums(doc);
  const forums = candidates.filter((c) => c.score >= FORUM_THRESHOLD);
  const actors = findActors(doc, forums);
  const themes = scoreThemes(doc, options.userThemes);
  const date = findMeetingDate(doc, options.fileDate, removed);
  return {
    title: titleOf(body, options.fileName),
    date: date?.date ?? null,
    location: findLocation(doc),
    forums: forums.map((f) => ({ name: f.org.name, confidence: Math.round(f.score * 100) / 100, evidence: f.evidence })),
    actors,
    themes: themes.map(({ id, name, confidence }) => ({ id, name, confidence })),
    keyPoints: keyPoints(doc, {
      entityStarts: [...forums.flatMap((f) => f.evidence), ...actors.flatMap((a) => a.evidence)].map((r) => r[0]),
      themeStarts: themes.flatMap((t) => t.evidence).map((r) => r[0]),
    }),
    body,
    removed,
  };
}
