import { basename, resolve } from 'node:path';
import { formatBookDate } from '../../books/layout-plan';
import { AppError } from '../../errors';
import { extract } from '../../ingest/extract/extract';
import type { Extraction } from '../../ingest/extract/types';
import { commitItemOf, importItems, importPaths, PASTED_LABEL, previewImport, type ImportReport, type Progress } from '../../ingest/import-service';
import { decodeText } from '../../ingest/read/decode-text';
import { readDocumentIsolated } from '../../ingest/read/isolated-read';
import { printJson, type CliIo, type Command } from '../command';

export const extractCommand: Command = {
  name: 'extract',
  usage: 'extract FILE|- [--json]',
  summary: 'Show what extraction finds in a file (no library needed)',
  async run({ positionals, json, io }) {
    const [source] = positionals;
    if (!source || positionals.length > 1) throw new AppError('INVALID_REQUEST', 'extract takes one FILE (or - for standard input).');
    const read = source === '-' ? { text: decodeText(await io.readStdin(), 'Standard input'), meta: {} } : await readDocumentIsolated(resolve(source));
    const extraction = extract(read.text, { fileName: source === '-' ? undefined : basename(source), meta: read.meta });
    if (json) return printJson(io, extraction);
    io.out(formatExtraction(extraction));
  },
};

export function formatExtraction(e: Extraction): string {
  const place = e.location ? [e.location.city, e.location.country].filter(Boolean).join(', ') : '';
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  const lines = [
    e.titleGenerated ? `${e.title} (title generated: the text has no headline)` : e.title,
    [formatBookDate(e.date), place].filter(Boolean).join(' · ') || '(no date or place found)',
  ];
  if (e.dateInfo) lines.push(`  date ${pct(e.dateInfo.confidence)}: ${e.dateInfo.note}`);
  if (e.locationInfo) lines.push(`  place ${pct(e.locationInfo.confidence)}: ${e.locationInfo.note}`);
  const source = [e.source.publisher, e.source.author && `by ${e.source.author}`, e.source.published && `published ${formatBookDate(e.source.published)}`, e.source.url].filter(Boolean);
  lines.push(`Source: ${source.join(', ') || (e.source.fileName ? `file ${e.source.fileName}` : 'unknown')}`, '');
  lines.push(`Forums: ${e.forums.map((f) => `${f.name} (${pct(f.confidence)})`).join(', ') || 'none (bilateral or not found)'}`);
  if (e.primaryForum) lines.push(`  primary (where the meeting took place): ${e.primaryForum}`);
  for (const type of ['person', 'country', 'organization'] as const) {
    const names = e.actors.filter((a) => a.type === type).map((a) => a.name);
    if (names.length) lines.push(`${type === 'person' ? 'People' : type === 'country' ? 'Countries' : 'Organisations'}: ${names.join(', ')}`);
  }
  lines.push(`Themes: ${e.themes.map((t) => `${t.name} (${pct(t.confidence)})`).join(', ') || 'none'}`);
  if (e.keyPoints.length) lines.push('', 'Key points:', ...e.keyPoints.map((k) => `  - ${k}`));
  if (e.removed.length) lines.push('', `Removed ${e.removed.length} boilerplate line${e.removed.length === 1 ? '' : 's'}:`, ...e.removed.map((r) => `  - ${r}`));
  return lines.join('\n');
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import PATH... [--dry-run] [--json]',
  summary: 'Import files and folders (.txt .md .html .docx .pdf) into the library',
  options: { 'dry-run': { type: 'boolean' } },
  async run({ positionals, options, json, io, library }) {
    if (positionals.length === 0) throw new AppError('INVALID_REQUEST', 'import takes one or more files or folders.');
    const lib = await library();
    const line = progressLine(io);
    const report = await importPaths(lib, positionals.map((p) => resolve(p)), { dryRun: Boolean(options['dry-run']), onProgress: line.update });
    line.clear();
    if (json) printJson(io, report);
    else printReport(io, report, Boolean(options['dry-run']));
    if (report.refused > 0) {
      throw new AppError('INVALID_REQUEST', `${report.refused} of ${report.results.length} file${report.results.length === 1 ? ' was' : 's were'} refused; the rest ${options['dry-run'] ? 'would be' : 'were'} imported.`);
    }
  },
};

function printReport(io: CliIo, report: ImportReport, dryRun: boolean): void {
  for (const r of report.results) {
    const name = r.file === PASTED_LABEL ? r.file : basename(r.file);
    if (r.status === 'added') io.out(`added      ${name}  ${r.summaryId}  ${r.title ?? ''}`);
    else if (r.status === 'would-add') io.out(`would add  ${name}  ${r.title ?? ''}`);
    else if (r.status === 'duplicate') io.out(`duplicate  ${name}  ${r.reason ?? ''}`);
    else io.out(`refused    ${name}  ${r.reason ?? ''}`);
  }
  const wouldAdd = report.results.filter((r) => r.status === 'would-add').length;
  io.out(
    dryRun
      ? `Dry run: ${wouldAdd} would be added, ${report.duplicates} already in the library, ${report.refused} refused. Nothing was written.`
      : `${report.added} added, ${report.duplicates} already in the library, ${report.refused} refused.`,
  );
}

/** One progress line on standard error, rewritten in place, only when it is a terminal. */
function progressLine(io: CliIo): { update: (p: Progress) => void; clear: () => void } {
  let shown = false;
  const up = '\u001b[1A\u001b[2K';
  return {
    update: (p) => {
      if (!io.isTty || p.total === 0) return;
      io.err(`${shown ? up : ''}Importing ${Math.min(p.done + 1, p.total)}/${p.total}${p.label ? `: ${p.label}` : ''}`);
      shown = true;
    },
    clear: () => {
      if (shown) io.err(`${up}${up}`);
      shown = false;
    },
  };
}

export const addCommand: Command = {
  name: 'add',
  usage: 'add FILE|-',
  summary: 'Add one summary from a file (.txt .md .html .docx .pdf), or from standard input with -',
  async run({ positionals, json, io, library }) {
    const [source] = positionals;
    if (!source || positionals.length > 1) throw new AppError('INVALID_REQUEST', 'add takes one FILE (or - for standard input).');
    const lib = await library();
    const text = source === '-' ? decodeText(await io.readStdin(), 'Standard input') : undefined;
    const [item] = await previewImport(lib.db, text !== undefined ? { text } : { paths: [resolve(source)] });
    if (!item || item.status === 'refused') throw new AppError('INVALID_REQUEST', item?.reason ?? `${source}: nothing to import.`);
    if (item.status === 'duplicate') {
      if (json) return printJson(io, { status: 'duplicate', id: item.existingId });
      io.err(`Already in the library as ${item.existingId}; nothing added.`);
      return;
    }
    const report = importItems(lib, [commitItemOf(item.file, item.extraction!)]);
    const result = report.results[0]!;
    if (result.status === 'refused') throw new AppError('INVALID_REQUEST', result.reason ?? 'The summary could not be stored.');
    if (json) return printJson(io, { status: result.status, id: result.summaryId });
    if (result.status === 'duplicate') io.err(`Already in the library as ${result.summaryId}; nothing added.`);
    else io.out(`Added ${result.summaryId}: ${result.title}`);
  },
};
