// The process boundaries of docs/ARCHITECTURE.md are enforced by eslint.config.mjs, which
// `npm test` runs. This lints deliberate violations through ESLint's API, as if they were files
// in the tree, so a change to the config that stops the rules biting fails here.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('lint: process boundaries', () => {
  it('refuses a runtime value from electron/ in the renderer, and allows contract types and common/', async () => {
    const file = 'renderer/src/books/lint-probe.ts';
    expect(await boundaryErrors(file, "import { booksContract } from '../../../electron/ipc/contracts/books';\nexport const c = booksContract;\n")).toHaveLength(1);
    expect(await boundaryErrors(file, "import { CLASSIFICATION_PRESETS } from '../../../electron/books/book-types';\nexport const c = CLASSIFICATION_PRESETS;\n")).toHaveLength(1);
    // Types too, from anywhere in electron/ but the contracts.
    expect(await boundaryErrors(file, "import type { Book } from '../../../electron/books/book-types';\nexport type B = Book;\n")).toHaveLength(1);
    expect(await boundaryErrors(file, "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toHaveLength(1);
    expect(await boundaryErrors(file, "import type { Book } from '../../../electron/ipc/contracts/books';\nexport type B = Book;\n")).toEqual([]);
    expect(await boundaryErrors(file, "import { CLASSIFICATION_PRESETS } from '../../../common/book-options';\nexport const c = CLASSIFICATION_PRESETS;\n")).toEqual([]);
  });

  it('refuses electron and the IPC layer or shell in a domain module', async () => {
    const file = 'electron/books/lint-probe.ts';
    expect(await boundaryErrors(file, "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await boundaryErrors(file, "import { booksContract } from '../ipc/contracts/books';\nexport const c = booksContract;\n")).toHaveLength(1);
    expect(await boundaryErrors('electron/ingest/extract/lint-probe.ts', "import { logLine } from '../../shell/logging';\nexport const l = logLine;\n")).toHaveLength(1);
    expect(await boundaryErrors('electron/share/lint-probe.ts', "import '../main';\n")).toHaveLength(1);
    expect(await boundaryErrors(file, "import { search } from '../library/search';\nexport const s = search;\n")).toEqual([]);
  });

  it('keeps common/ to zod and itself', async () => {
    const file = 'common/lint-probe.ts';
    expect(await boundaryErrors(file, "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toHaveLength(1);
    expect(await boundaryErrors(file, "import type { Book } from '../electron/books/book-types';\nexport type B = Book;\n")).toHaveLength(1);
    expect(await boundaryErrors(file, "import { z } from 'zod';\nimport { isoDateSchema } from './primitives';\nexport const s = z.object({ d: isoDateSchema });\n")).toEqual([]);
  });
});
