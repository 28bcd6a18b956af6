import type { FieldEvidence, SummaryInput, TagInput } from '../../library/types';
import { extract } from '../extract/extract';
import type { ExtractOptions, Extraction } from '../extract/types';
import type { ResolvedIds } from '../ingest-types';

/**
 * The one mapping chain from extraction to stored tags: an Extraction becomes a CommitItem
 * (commitItemOf, tags as undecided suggestions), the review may edit it (review.ts), and the
 * writer resolves its tags and stores it as a SummaryInput (import-writer.ts). Tags keep the
 * library's field names all the way (themeSlug, status, source).
 */
export const PASTED_LABEL = 'Pasted text';

/** A tag on its way into the library, plus the other names the text gave its entity (stored as aliases). */
export interface CommitTag extends TagInput {
  /** A person's name in its own script beside the Latin one, for instance. */
  aliases?: string[];
}

export const resolvedKey = (kind: string, name: string): string => `${kind}\u001f${name}`;

export interface CommitItem {
  file: string;
  title: string;
  date?: string | null;
  city?: string | null;
  country?: string | null;
  body: string;
  keyPoints?: string[];
  /** The publisher; the file's own name goes in sourceFile (set from `file` when stored). */
  sourceName?: string | null;
  sourceUrl?: string | null;
  sourceAuthor?: string | null;
  publishedDate?: string | null;
  titleGenerated?: boolean;
  /** Extraction's reasons for the date and place; null once the user changed the value. */
  dateEvidence?: FieldEvidence | null;
  placeEvidence?: FieldEvidence | null;
  notes?: string;
  tags: CommitTag[];
}

/** An extraction as a commit item, tags undecided: what an import without review stores. */
export function commitItemOf(file: string, e: Extraction, resolved?: ResolvedIds): CommitItem {
  return {
    file,
    title: e.title,
    date: e.date,
    city: e.location?.city ?? null,
    country: e.location?.country ?? null,
    body: e.body,
    keyPoints: e.keyPoints,
    sourceName: e.source.publisher,
    sourceUrl: e.source.url,
    sourceAuthor: e.source.author,
    publishedDate: e.source.published,
    titleGenerated: e.titleGenerated,
    dateEvidence: e.dateInfo,
    placeEvidence: e.locationInfo,
    tags: extractionTags(e, resolved),
  };
}

/** The extraction's forums, actors and themes as suggested tags, confidence and evidence kept. */
function extractionTags(e: Extraction, resolved: ResolvedIds = {}): CommitTag[] {
  const id = (kind: string, name: string) => resolved[resolvedKey(kind, name)];
  return [
    ...e.forums.map((f): CommitTag => ({
      kind: 'forum',
      name: f.name,
      entityId: id('forum', f.name),
      confidence: f.confidence,
      evidence: f.evidence,
      isPrimary: f.name === e.primaryForum,
    })),
    ...e.actors.map((a): CommitTag => ({
      kind: 'actor',
      name: a.name,
      entityId: id('actor', a.name),
      actorType: a.type,
      confidence: a.confidence,
      evidence: a.evidence,
      aliases: namesInOwnScript(e.body, a.name, a.evidence),
    })),
    ...e.themes.map((t): CommitTag => ({
      kind: 'theme',
      name: t.name,
      entityId: id('theme', t.name),
      themeSlug: t.id.startsWith('user-') ? undefined : t.id,
      confidence: t.confidence,
    })),
  ];
}

/**
 * The names an actor's evidence shows in a script other than Latin ("Сергей Лавров" beside
 * "Sergey Lavrov", "김정은" beside "Kim Jong Un"): extraction found them as the same actor,
 * so the library keeps them as its aliases, and a later text naming only them finds it.
 */
function namesInOwnScript(body: string, name: string, evidence: ReadonlyArray<readonly [number, number]> | undefined): string[] | undefined {
  const out = new Set<string>();
  for (const [a, b] of evidence ?? []) {
    const text = body.slice(a, b).trim();
    if (text && text !== name && /\p{L}/u.test(text) && !/\p{Script=Latin}/u.test(text)) out.add(text);
  }
  return out.size ? [...out] : undefined;
}

/** The item as the library stores it; `tags` are the writer's, resolved to entities. */
export function summaryInputOf(item: CommitItem, sourceFile: string | null, tags: TagInput[], originImportId: string | null): SummaryInput {
  return {
    title: item.title,
    meetingDate: item.date ?? null,
    city: item.city ?? null,
    country: item.country ?? null,
    body: item.body,
    keyPoints: item.keyPoints ?? [],
    sourceName: item.sourceName ?? null,
    sourceUrl: item.sourceUrl ?? null,
    sourceAuthor: item.sourceAuthor ?? null,
    publishedDate: item.publishedDate ?? null,
    sourceFile,
    titleGenerated: item.titleGenerated ?? false,
    dateEvidence: item.dateEvidence ?? null,
    placeEvidence: item.placeEvidence ?? null,
    notes: item.notes ?? '',
    tags,
    originImportId,
  };
}

/**
 * Raw text -> a summary ready for addSummary, tags unresolved (addSummary resolves names one by
 * one): the benchmarks' measure of storing without the batch writer.
 */
export function prepareSummary(text: string, options: ExtractOptions = {}): SummaryInput {
  const e = extract(text, options);
  const item = commitItemOf(e.source.fileName ?? PASTED_LABEL, e);
  return summaryInputOf(item, e.source.fileName, item.tags, null);
}
