import type { SummaryInput, TagInput } from '../../library/types';
import { extract } from '../extract/extract';
import type { ExtractOptions, Extraction } from '../extract/types';

/**
 * The glue between extraction and the library: raw text -> a summary ready to store, with
 * the extraction's forums, actors and themes as suggested tags (confidence and evidence kept).
 */
export function prepareSummary(text: string, options: ExtractOptions = {}): SummaryInput {
  return toSummaryInput(extract(text, options));
}

export function toSummaryInput(e: Extraction, extra: Partial<SummaryInput> = {}): SummaryInput {
  return {
    title: e.title,
    meetingDate: e.date,
    city: e.location?.city ?? null,
    country: e.location?.country ?? null,
    body: e.body,
    keyPoints: e.keyPoints,
    sourceName: e.source.publisher,
    sourceUrl: e.source.url,
    sourceAuthor: e.source.author,
    publishedDate: e.source.published,
    sourceFile: e.source.fileName,
    titleGenerated: e.titleGenerated,
    dateEvidence: e.dateInfo,
    placeEvidence: e.locationInfo,
    tags: extractionTags(e),
    ...extra,
  };
}

export function extractionTags(e: Extraction): TagInput[] {
  return [
    ...e.forums.map((f): TagInput => ({ kind: 'forum', name: f.name, confidence: f.confidence, evidence: f.evidence, isPrimary: f.name === e.primaryForum })),
    ...e.actors.map((a): TagInput => ({ kind: 'actor', name: a.name, actorType: a.type, confidence: a.confidence, evidence: a.evidence })),
    ...e.themes.map((t): TagInput => ({
      kind: 'theme',
      name: t.name,
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
export function namesInOwnScript(body: string, name: string, evidence: ReadonlyArray<readonly [number, number]> | undefined): string[] | undefined {
  const out = new Set<string>();
  for (const [a, b] of evidence ?? []) {
    const text = body.slice(a, b).trim();
    if (text && text !== name && /\p{L}/u.test(text) && !/\p{Script=Latin}/u.test(text)) out.add(text);
  }
  return out.size ? [...out] : undefined;
}
