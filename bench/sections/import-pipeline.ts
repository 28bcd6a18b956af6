import type { Library } from '../../electron/library/open-library';
import type { BenchContext } from '../context';
import { domain } from '../domains';

/**
 * How the benchmark drives the ingest helper's batch import (electron/ingest), found at run
 * time. Returns undefined while the import service does not exist yet; the import section
 * then measures the foundation's prepareSummary + addSummary and says so.
 */
export interface ImportPipeline {
  label: string;
  run(lib: Library, paths: string[]): Promise<void>;
}

export function importPipeline(_ctx: BenchContext): ImportPipeline | undefined {
  let mods: Record<string, Record<string, unknown>>;
  try {
    mods = domain('ingest');
  } catch {
    return undefined;
  }
  if (!('import-service' in mods)) return undefined;
  return undefined;
}
