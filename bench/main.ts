import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotAvailable, hasDomain } from './domains';
import { markdownTable, writeResults, type BenchResults, type SectionResult } from './report';
import { loadVocabulary } from './vocabulary';
import { extractSection } from './sections/extract-bench';
import { importSection } from './sections/import-bench';
import { searchSection } from './sections/search-bench';
import { pdfSection, pdfChild } from './sections/pdf-bench';
import { bundleSection } from './sections/bundle-bench';
import { docxSection, exportChild } from './sections/docx-bench';
import type { Vocabulary } from './vocabulary';

/**
 * Entry of `npm run bench` (bundled by bench/run-bench.mjs). Flags: --quick (smaller sizes,
 * under 10 minutes), --json (one JSON object as the last stdout line), --only a,b (run some
 * sections). `--child pdf ...` is the renderer child process started by the pdf section, `--child
 * export FORMAT ...` the docx section's.
 */

const SECTIONS = ['extract', 'import', 'search', 'bundle', 'pdf', 'docx'] as const;
type SectionName = (typeof SECTIONS)[number];

function describeModules(): Record<string, string> {
  const out: Record<string, string> = { library: 'present' };
  for (const d of ['ingest', 'books', 'pdf', 'docx', 'share']) out[d] = hasDomain(d) ? 'present' : 'absent';
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    if (args[1] === 'pdf') return pdfChild(args.slice(2));
    if (args[1] === 'export') return exportChild(args.slice(2));
    throw new Error(`unknown child ${args[1]}`);
  }
  const quick = args.includes('--quick');
  const json = args.includes('--json');
  const onlyArg = args.find((a) => a.startsWith('--only'));
  const onlyValue = onlyArg?.includes('=') ? onlyArg.split('=')[1] : onlyArg ? args[args.indexOf(onlyArg) + 1] : undefined;
  const only = onlyValue ? (onlyValue.split(',') as SectionName[]) : [...SECTIONS];
  const root = process.env.BENCH_ROOT ?? process.cwd();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const vocab = loadVocabulary(root);
  const tmp = mkdtempSync(join(tmpdir(), 'bbb-bench-'));
  const ctx: BenchContext = { root, quick, vocab, tmp, searchQuickN: 100_000, log };

  const runners: Record<SectionName, () => Promise<Record<string, unknown>>> = {
    extract: async () => ({ ...(await extractSection(ctx)) }),
    import: async () => ({ ...(await importSection(ctx)) }),
    search: async () => ({ ...(await searchSection(ctx)) }),
    bundle: async () => ({ ...(await bundleSection(ctx)) }),
    pdf: async () => ({ ...(await pdfSection(ctx)) }),
    docx: async () => ({ ...(await docxSection(ctx)) }),
  };
  const results: Record<SectionName, SectionResult> = {
    extract: 'not run (--only)', import: 'not run (--only)', search: 'not run (--only)', bundle: 'not run (--only)', pdf: 'not run (--only)', docx: 'not run (--only)',
  };
  try {
    for (const name of SECTIONS) {
      if (!only.includes(name)) continue;
      log(`bench: ${name}…`);
      const started = Date.now();
      try {
        results[name] = await runners[name]();
      } catch (error) {
        if (error instanceof NotAvailable) results[name] = `not available: ${error.message}`;
        else {
          results[name] = `failed: ${(error as Error).message.split('\n')[0]}`;
          log(String((error as Error).stack));
        }
      }
      log(`bench: ${name} done in ${Math.round((Date.now() - started) / 1000)} s`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const report: BenchResults = {
    date: new Date().toISOString(),
    quick,
    machine: {
      cpus: cpus().length,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      // 1/5/15-minute load at the end: on a shared box this says how much the wall times waited.
      loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
    },
    corpus: `synthetic, seeded; ${vocab.source}`,
    modules: describeModules(),
    ...results,
  };
  const table = markdownTable(report);
  const path = writeResults(root, report, table);
  process.stdout.write(`\n${table}\n\nResults: ${path}\n`);
  if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${String((error as Error)?.stack ?? error)}\n`);
  process.exit(2);
});

/** What every benchmark section gets: options of this run and where to put things. */
export interface BenchContext {
  root: string;
  quick: boolean;
  vocab: Vocabulary;
  /** A scratch folder for this run, removed at the end. */
  tmp: string;
  /** Library size for the search section in quick mode (full mode always uses 100,000). */
  searchQuickN: number;
  /** Progress lines (stderr, so --json output stays clean). */
  log: (line: string) => void;
}
