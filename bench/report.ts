import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Formats the results: one row per figure with its reference and target, and the JSON file. */

export type SectionResult = Record<string, unknown> | string;

export interface BenchResults {
  date: string;
  quick: boolean;
  machine: { cpus: number; node: string; platform: string; loadAverage: number[] };
  corpus: string;
  modules: Record<string, string>;
  import: SectionResult;
  search: SectionResult;
  pdf: SectionResult;
  docx: SectionResult;
  bundle: SectionResult;
  extract: SectionResult;
}

type Row = [figure: string, value: string, reference: string, target: string, verdict: string];

const num = (x: unknown, digits = 1): string =>
  typeof x === 'number' ? x.toLocaleString('en', { maximumFractionDigits: digits }) : String(x);
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

function rows(r: BenchResults): Row[] {
  const out: Row[] = [];
  const section = (name: string, value: SectionResult, fill: (v: Record<string, unknown>) => void) => {
    if (typeof value === 'string') out.push([name, value, '', '', '']);
    else fill(value);
  };
  section('import', r.import, (v) => {
    const ratio = Number(v.perSec) / Number(v.rawPerSec);
    out.push([`import (n=${num(v.n)})`, `${num(v.perSec, 0)} /s`, `raw SQLite+FTS ${num(v.rawPerSec, 0)} /s`, '>= 25% of raw', `${verdict(ratio >= 0.25)} (${num(ratio * 100, 1)}%)`]);
    if (v.dryRunPerSec !== undefined) out.push(['import without writing (dry run)', `${num(v.dryRunPerSec, 0)} /s`, '', '', '']);
  });
  section('search', r.search, (v) => {
    const ratio = Number(v.p95Ms) / Number(v.rawP95Ms);
    out.push([`search p50 (n=${num(v.n)})`, `${num(v.p50Ms, 2)} ms`, `raw FTS5 p50 ${num(v.rawP50Ms, 2)} ms`, '', '']);
    out.push([`search p95 (n=${num(v.n)})`, `${num(v.p95Ms, 2)} ms`, `raw FTS5 p95 ${num(v.rawP95Ms, 2)} ms`, '<= 1.5x raw', `${verdict(ratio <= 1.5)} (${num(ratio, 2)}x)`]);
  });
  section('pdf', r.pdf, (v) => {
    pdfRows(out, '', v);
    if (v.nonLatin && typeof v.nonLatin === 'object') pdfRows(out, ', 10% non-Latin names', v.nonLatin as Record<string, unknown>);
  });
  section('bundle', r.bundle, (v) => {
    out.push([`bundle export (n=${num(v.n)})`, `${num(v.exportSec, 2)} s`, '', '', '']);
    out.push([`bundle import (n=${num(v.n)})`, `${num(v.importSec, 2)} s (${num(v.importCpuSec, 2)} CPU-s)`, `raw copy ${num(v.rawCopySec, 2)} s`, '< 5 s', verdict(Number(v.importSec) < 5)]);
    out.push([`bundle re-import (n=${num(v.n)})`, `${num(v.reimportSec, 2)} s`, '', '< 3 s', verdict(Number(v.reimportSec) < 3)]);
  });
  section('docx', r.docx, (v) => {
    out.push([`Word export (${num(v.summaries)} summaries)`, `${num(v.docxSec, 2)} s (${num(v.docxCpuSec, 2)} CPU-s), ${num(Number(v.docxBytes) / 1024, 0)} KB`, `PDF of the same book ${num(v.pdfSec, 2)} s`, '< the PDF', verdict(Number(v.docxSec) < Number(v.pdfSec))]);
    out.push(['Word export peak RSS', `${num(v.docxPeakRssMb, 0)} MB`, `PDF ${num(v.pdfPeakRssMb, 0)} MB`, '< 500 MB', verdict(Number(v.docxPeakRssMb) < 500)]);
  });
  section('extract', r.extract, (v) => {
    out.push([`extract (~${num(Number(v.avgBytes) / 1024, 1)} KB articles)`, `${num(v.perSec, 0)} /s (${num(v.perCpuSec, 0)} per CPU-s)`, 'one core', '>= 500 /s', verdict(Number(v.perSec) >= 500)]);
  });
  return out;
}

/** A pdf book's rows: pages per second beside Chromium, and peak RSS. */
function pdfRows(out: Row[], label: string, v: Record<string, unknown>): void {
  const what = `pdf (${num(v.summaries)} summaries${label}, ${num(v.pages)} p.)`;
  const speed = `${num(v.pagesPerSec, 1)} pages/s (${num(v.sec, 1)} s, ${num(v.cpuSec, 1)} CPU-s)`;
  if (v.chromiumError) {
    out.push([what, speed, `Chromium failed: ${String(v.chromiumError)}`, '>= 3x Chromium', 'no reference']);
  } else {
    const ratio = Number(v.pagesPerSec) / Number(v.chromiumPagesPerSec);
    out.push([what, speed, `Chromium ${num(v.chromiumPagesPerSec, 1)} pages/s (${num(v.chromiumPages)} p.)`, '>= 3x Chromium', `${verdict(ratio >= 3)} (${num(ratio, 2)}x)`]);
  }
  out.push([`pdf peak RSS${label}`, `${num(v.peakRssMb, 0)} MB`, '', '< 500 MB', verdict(Number(v.peakRssMb) < 500)]);
}

/** A Markdown table (readable in a terminal, pasteable into README.md). */
export function markdownTable(r: BenchResults): string {
  const header: Row = ['Figure', 'Measured', 'Reference (same run)', 'Target', 'Verdict'];
  const body = rows(r);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
    '',
    `${r.date}, ${r.quick ? 'quick' : 'full'} run, ${r.machine.cpus} CPUs (load average ${r.machine.loadAverage.join(' / ')}), Node ${r.machine.node}. Corpus: ${r.corpus}.`,
    `Modules: ${Object.entries(r.modules).map(([k, v]) => `${k}: ${v}`).join('; ')}.`,
  ].join('\n');
}

export function writeResults(root: string, r: BenchResults, table: string): string {
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const day = r.date.slice(0, 10);
  const path = join(dir, `${day}${r.quick ? '-quick' : ''}.json`);
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(join(dir, r.quick ? 'LATEST-quick.md' : 'LATEST.md'), `${table}\n`);
  return path;
}
