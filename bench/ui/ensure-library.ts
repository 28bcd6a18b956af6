/**
 * Prints the path of a library of N generated summaries (bench/corpus.ts), building it
 * once and caching it in the OS temp folder (bench/library-fill.ts). Used by ui-bench.mjs.
 */
import { resolve } from 'node:path';
import { cachedLibrary } from '../library-fill';
import { loadVocabulary } from '../vocabulary';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000);
  const root = resolve(process.argv[3] ?? process.cwd());
  const { library, built, buildSec } = await cachedLibrary(n, loadVocabulary(root), (line) => process.stderr.write(`${line}\n`));
  const count = (library.db.prepare('SELECT count(*) AS n FROM summaries').get() as { n: number }).n;
  library.close();
  process.stdout.write(`${JSON.stringify({ path: library.path, count, built, buildSec })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
