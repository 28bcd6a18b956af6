/**
 * The import dialog's side of the ingest IPC domain (electron/ipc/contracts/ingest.ts):
 * preview reads and extracts without writing; commit stores the kept items by key with the
 * user's edits and tag decisions; pickFiles opens the OS file dialog.
 */
import type { Extraction, ImportReport, IngestPreviewItem } from '../../../electron/ipc/contracts/ingest';
import type { ActorType, EntityKind } from '../../../electron/ipc/contracts/library';
import { briefing, unwrap } from '../api/briefing';

export type { ImportReport, IngestPreviewItem };

export type ImportSource = { paths: string[] } | { text: string } | { files: Array<{ name: string; base64: string }> };

export type TagDecision = 'suggested' | 'rejected';

/** One suggested tag of a previewed file, flattened for review. */
export interface ReviewTag {
  id: string;
  kind: EntityKind;
  name: string;
  actorType?: ActorType;
  themeId?: string;
  confidence: number;
}

/** What the user decided for one previewed file. */
export interface ReviewDraft {
  keep: boolean;
  title: string;
  date: string | null;
  city: string | null;
  country: string | null;
  /** Tags the user turned down, by ReviewTag.id. */
  rejected: ReadonlySet<string>;
  /** The forum the meeting took place in (a forum tag's name), as extraction or the user chose it. */
  primaryForum: string | null;
}

export function reviewTags(e: Extraction): ReviewTag[] {
  return [
    ...e.forums.map((f) => ({ id: `forum:${f.name}`, kind: 'forum' as const, name: f.name, confidence: f.confidence })),
    ...e.actors.map((a) => ({ id: `actor:${a.name}`, kind: 'actor' as const, name: a.name, actorType: a.type, confidence: a.confidence })),
    ...e.themes.map((t) => ({ id: `theme:${t.id}`, kind: 'theme' as const, name: t.name, themeId: t.id, confidence: t.confidence })),
  ];
}

export function initialDraft(item: IngestPreviewItem): ReviewDraft {
  const e = item.extraction;
  return {
    keep: item.status === 'new',
    title: e?.title ?? '',
    date: e?.date ?? null,
    city: e?.location?.city ?? null,
    country: e?.location?.country ?? null,
    rejected: new Set(),
    primaryForum: e?.primaryForum ?? null,
  };
}

export function fileLabel(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

export async function pickFiles(): Promise<string[]> {
  return unwrap(briefing().ingest.pickFiles({}));
}

export async function preview(source: ImportSource, operationId: string): Promise<IngestPreviewItem[]> {
  return unwrap(briefing().ingest.preview({ ...source, operationId }));
}

/** Stores the kept items; tags are sent only when the user turned some down or chose another primary forum. */
export async function commit(items: Array<{ item: IngestPreviewItem; draft: ReviewDraft }>, operationId: string): Promise<ImportReport> {
  return unwrap(
    briefing().ingest.commit({
      operationId,
      items: items.map(({ item, draft }) => ({
        key: item.key,
        title: draft.title,
        date: draft.date,
        city: draft.city,
        country: draft.country,
        tags:
          !item.extraction || (draft.rejected.size === 0 && draft.primaryForum === item.extraction.primaryForum)
            ? undefined
            : reviewTags(item.extraction).map((t) => ({
                kind: t.kind,
                name: t.name,
                actorType: t.actorType,
                themeId: t.themeId,
                decision: draft.rejected.has(t.id) ? ('rejected' as const) : ('suggested' as const),
                isPrimary: t.kind === 'forum' ? t.name === draft.primaryForum && !draft.rejected.has(t.id) : undefined,
              })),
      })),
    }),
  );
}
