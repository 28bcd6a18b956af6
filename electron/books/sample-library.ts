import type { Database } from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import { extract } from '../ingest/extract';
import { readTextFile } from '../ingest/read-text-file';
import { addSummary } from '../library/summaries';
import type { SummaryInput, TagInput } from '../library/types';

/** Turns one extraction into a summary with its suggested forums, actors and themes. */
export function summaryFromText(text: string, fileName: string): SummaryInput {
  const ex = extract(text, { fileName });
  const tags: TagInput[] = [
    ...ex.forums.map((f) => ({ kind: 'forum' as const, name: f.name, confidence: f.confidence, evidence: f.evidence })),
    ...ex.actors.map((a) => ({ kind: 'actor' as const, name: a.name, actorType: a.type, confidence: a.confidence, evidence: a.evidence })),
    ...ex.themes.map((t) => ({ kind: 'theme' as const, name: t.name, themeSlug: t.id, confidence: t.confidence })),
  ];
  return {
    title: ex.title,
    meetingDate: ex.date,
    city: ex.location?.city ?? null,
    country: ex.location?.country ?? null,
    body: ex.body,
    keyPoints: ex.keyPoints,
    tags,
  };
}

/** Imports every .txt file of a folder (sorted by name) into a library; returns the new summaries' ids. */
export function importSampleFolder(db: Database, dir: string): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new AppError('FILE_NOT_FOUND', `No .txt sample summaries in ${dir}.`);
  const ids: string[] = [];
  for (const file of files) {
    const result = addSummary(db, summaryFromText(readTextFile(join(dir, file)), file));
    if (result.status === 'added') ids.push(result.id);
  }
  return ids;
}
