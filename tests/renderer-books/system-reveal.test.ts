import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegistry } from '../../electron/ipc/handlers/index';
import { handlerContext } from '../helpers/handler-context';
import { tempLibrary } from '../helpers/temp-library';

let dir: string;
let cleanup: () => void;
let revealed: Array<{ path: string; action: string }>;
let context: ReturnType<typeof handlerContext>;
const registry = createRegistry();

beforeEach(async () => {
  const lib = await tempLibrary();
  ({ dir, cleanup } = lib);
  revealed = [];
  context = handlerContext(lib.library, {
    reveal: async (path, action) => {
      revealed.push({ path, action });
    },
  });
});
afterEach(() => cleanup());

describe('system:reveal', () => {
  it('opens an exported PDF and shows a PDF or a shared library in its folder', async () => {
    const pdf = join(dir, 'book.pdf');
    const bundle = join(dir, 'lib.bblib');
    writeFileSync(pdf, '%PDF-1.7\n');
    writeFileSync(bundle, 'x');
    for (const [path, action] of [
      [pdf, 'open'],
      [pdf, 'show'],
      [bundle, 'show'],
    ] as const) {
      const result = await registry.invoke('system:reveal', { path, action }, context);
      expect(result).toEqual({ ok: true, value: { path } });
    }
    expect(revealed).toEqual([
      { path: pdf, action: 'open' },
      { path: pdf, action: 'show' },
      { path: bundle, action: 'show' },
    ]);
  });

  it('refuses to launch anything else, relative paths, folders and missing files, with a readable reason', async () => {
    const script = join(dir, 'run.sh');
    writeFileSync(script, '#!/bin/sh\n');
    mkdirSync(join(dir, 'folder.pdf'));
    const cases: Array<[string, 'open' | 'show', string]> = [
      [script, 'open', 'INVALID_REQUEST'],
      [join(dir, 'lib.bblib'), 'open', 'INVALID_REQUEST'],
      ['book.pdf', 'show', 'INVALID_REQUEST'],
      [join(dir, 'missing.pdf'), 'open', 'NOT_FOUND'],
      [join(dir, 'folder.pdf'), 'open', 'NOT_FOUND'],
    ];
    for (const [path, action, code] of cases) {
      const result = await registry.invoke('system:reveal', { path, action }, context);
      expect(result.ok, path).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(/\S{10,}/);
      }
    }
    expect(revealed).toEqual([]);
  });
});
