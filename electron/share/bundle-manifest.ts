import { z } from 'zod';
import type { ManifestHeader } from './bundle-checksum';
import type { BundleCounts, BundleManifest, BundleScope } from './bundle-format';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const names = z.array(z.string().min(1).max(300)).max(20);

export const bundleScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('library') }),
  z.strictObject({
    kind: z.literal('filter'),
    query: z.strictObject({
      text: z.string().max(1000).optional(),
      forum: names.optional(),
      theme: names.optional(),
      actor: names.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
    }),
  }),
  z.strictObject({ kind: z.literal('book'), bookId: z.string().min(1).max(100) }),
]);

const count = z.number().int().min(0);
export const bundleCountsSchema = z.strictObject({
  summaries: count,
  entities: count,
  aliases: count,
  tags: count,
  books: count,
  bookItems: count,
});

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
  let scope: BundleScope;
  let counts: BundleCounts;
  try {
    scope = bundleScopeSchema.parse(JSON.parse(String(row.scope)));
    counts = bundleCountsSchema.parse(JSON.parse(String(row.counts)));
  } catch {
    return 'its manifest has an unreadable scope or counts';
  }
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
