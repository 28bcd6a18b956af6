import type { ManifestHeader } from './bundle-checksum';
import type { BundleCounts, BundleManifest } from './share-types';
import { bundleScopeSchema, type BundleScope } from './bundle-scope';

const COUNT_KEYS = ['summaries', 'entities', 'aliases', 'tags', 'books', 'bookItems'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKeys = (v: Record<string, unknown>, keys: readonly string[]) => Object.keys(v).every((k) => keys.includes(k));

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
    scope = bundleScopeSchema.safeParse(JSON.parse(String(row.scope))).data;
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
