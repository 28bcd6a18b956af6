import type { ManifestHeader } from './bundle-checksum';
import type { BundleCounts, BundleManifest, BundleScope } from './bundle-format';

// Checked by hand rather than with zod: this runs in the bundle worker, whose start-up time
// (parsing its code) is paid on every import, and zod would make up nine tenths of that code.
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const COUNT_KEYS = ['summaries', 'entities', 'aliases', 'tags', 'books', 'bookItems'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKeys = (v: Record<string, unknown>, keys: readonly string[]) => Object.keys(v).every((k) => keys.includes(k));
const text = (v: unknown, max: number) => typeof v === 'string' && v.length >= 1 && v.length <= max;
const names = (v: unknown) => v === undefined || (Array.isArray(v) && v.length <= 20 && v.every((n) => text(n, 300)));

export function parseScope(value: unknown): BundleScope | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'library') return onlyKeys(value, ['kind']) ? { kind: 'library' } : undefined;
  if (value.kind === 'book') return onlyKeys(value, ['kind', 'bookId']) && text(value.bookId, 100) ? { kind: 'book', bookId: value.bookId as string } : undefined;
  if (value.kind !== 'filter' || !onlyKeys(value, ['kind', 'query']) || !isRecord(value.query)) return undefined;
  const q = value.query;
  const ok =
    onlyKeys(q, ['text', 'forum', 'theme', 'actor', 'from', 'to']) &&
    (q.text === undefined || (typeof q.text === 'string' && q.text.length <= 1000)) &&
    names(q.forum) && names(q.theme) && names(q.actor) &&
    (q.from === undefined || (typeof q.from === 'string' && ISO_DATE.test(q.from))) &&
    (q.to === undefined || (typeof q.to === 'string' && ISO_DATE.test(q.to)));
  return ok ? { kind: 'filter', query: q as Extract<BundleScope, { kind: 'filter' }>['query'] } : undefined;
}

function parseCounts(value: unknown): BundleCounts | undefined {
  if (!isRecord(value) || !onlyKeys(value, COUNT_KEYS) || Object.keys(value).length !== COUNT_KEYS.length) return undefined;
  return COUNT_KEYS.every((k) => Number.isSafeInteger(value[k]) && (value[k] as number) >= 0) ? (value as unknown as BundleCounts) : undefined;
}

/** The manifest row exactly as stored in the bundle's `manifest` table. */
export interface ManifestRow extends ManifestHeader {
  content_sha256: string;
}

export function manifestRow(manifest: Omit<BundleManifest, 'contentSha256'>, contentSha256 = ''): ManifestRow {
  return {
    format_version: manifest.formatVersion,
    app_version: manifest.appVersion,
    schema_version: manifest.schemaVersion,
    created_at: manifest.createdAt,
    exported_by: manifest.exportedBy,
    scope: JSON.stringify(manifest.scope),
    counts: JSON.stringify(manifest.counts),
    content_sha256: contentSha256,
  };
}

/** Parses a stored manifest row; returns a reason instead of throwing so the caller words the refusal. */
export function parseManifestRow(row: Record<string, unknown>): BundleManifest | string {
  const text = (name: string, max: number): string | undefined => {
    const v = row[name];
    return typeof v === 'string' && v.length <= max ? v : undefined;
  };
  const appVersion = text('app_version', 50);
  const createdAt = text('created_at', 40);
  const exportedBy = text('exported_by', 200);
  const sha = text('content_sha256', 64);
  if (appVersion === undefined || createdAt === undefined || exportedBy === undefined) return 'its manifest is incomplete';
  if (sha === undefined || !/^[0-9a-f]{64}$/.test(sha)) return 'its manifest has no valid checksum';
  if (Number.isNaN(Date.parse(createdAt))) return 'its manifest has an invalid creation date';
  let scope: BundleScope | undefined;
  let counts: BundleCounts | undefined;
  try {
    scope = parseScope(JSON.parse(String(row.scope)));
    counts = parseCounts(JSON.parse(String(row.counts)));
  } catch {
    scope = undefined;
  }
  if (!scope || !counts) return 'its manifest has an unreadable scope or counts';
  return {
    formatVersion: Number(row.format_version),
    appVersion,
    schemaVersion: Number(row.schema_version),
    createdAt,
    exportedBy,
    scope,
    counts,
    contentSha256: sha,
  };
}
