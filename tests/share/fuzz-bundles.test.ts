import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/errors';
import { openLibrary } from '../../electron/library/open-library';
import type { BundleContent } from '../../electron/share/bundle-format';
import { exportBundle } from '../../electron/share/bundles';
import { verifyBundleBuffer } from '../../electron/share/read/read-bundle';
import { tempDir } from '../helpers/temp-library';
import { seedLibrary } from './helpers/library-fixtures';

// Mutations of a real bundle: flipped bits, overwritten runs, truncation, a page copied over
// another. The reader must either refuse the file (AppError BUNDLE_REFUSED, never a crash or
// another error) or return exactly the original content: a damaged file is never accepted.
// Runs in-process (the worker adds nothing to what is checked, and costs a thread per case).
const RUNS = Number(process.env.BUNDLE_FUZZ_RUNS ?? 500);

describe('fuzzed bundles', () => {
  const tmp = tempDir('bbb-share-fuzz-');
  let original: Buffer;
  let content: BundleContent;

  beforeAll(async () => {
    const lib = await openLibrary(join(tmp.dir, 'lib.sqlite'));
    seedLibrary(lib.db, 6, { bodyWords: 40 });
    const path = join(tmp.dir, 'seed.bblib');
    exportBundle(lib.db, { scope: { kind: 'library' }, outPath: path, exportedBy: 'Fuzz', appVersion: '0.1.0' });
    lib.close();
    original = readFileSync(path);
    content = verifyBundleBuffer(original, 'seed.bblib');
  });
  afterAll(() => tmp.cleanup());

  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bits: fc.integer({ min: 1, max: 255 }), count: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('copy-page' as const), from: fc.nat(), to: fc.nat() }),
    fc.record({ kind: fc.constant('header' as const), at: fc.integer({ min: 0, max: 99 }), value: fc.integer({ min: 0, max: 255 }) }),
  );

  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

  function apply(bytes: Buffer, m: Mutation): Buffer {
    const b = Buffer.from(bytes);
    if (b.length === 0) return b;
    const pageSize = original.readUInt16BE(16);
    const pages = Math.max(1, Math.floor(b.length / pageSize));
    switch (m.kind) {
      case 'flip':
        for (let i = 0; i < m.count; i++) {
          const at = (m.at + i * 977) % b.length;
          b[at] = b[at]! ^ m.bits;
        }
        return b;
      case 'overwrite':
        Buffer.from(m.bytes).copy(b, m.at % b.length);
        return b;
      case 'truncate':
        return b.subarray(0, m.at % b.length);
      case 'copy-page': {
        const from = m.from % pages;
        const to = m.to % pages;
        b.copy(b, to * pageSize, from * pageSize, Math.min(b.length, (from + 1) * pageSize));
        return b;
      }
      case 'header':
        if (m.at < b.length) b[m.at] = m.value;
        return b;
    }
  }

  it(`refuses or reads back the original, never anything else (${RUNS} cases)`, () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const damaged = mutations.reduce((b, m) => apply(b, m), original);
        let read: BundleContent;
        try {
          read = verifyBundleBuffer(damaged, 'fuzzed.bblib');
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'BUNDLE_REFUSED') throw error;
          refused++;
          return;
        }
        expect(read.manifest).toEqual(content.manifest);
        expect(read.rows).toEqual(content.rows);
      }),
      { numRuns: RUNS, seed: process.env.BUNDLE_FUZZ_SEED ? Number(process.env.BUNDLE_FUZZ_SEED) : undefined },
    );
    // Most mutations must be caught; if none were, the mutations never reached the content.
    expect(refused).toBeGreaterThan(RUNS / 4);
  }, 120_000);
});
