import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { version as appVersion } from '../../../package.json';
import { AppError } from '../../errors';
import { CONFLICT_POLICIES, type ConflictPolicy } from '../../../common/primitives';
import type { BundleScope } from '../../share/bundle-format';
import { exportBundle, importBundle, inspectBundle, listImports, undoImport, type MergeReport } from '../../share/bundles';
import { describeScope } from '../../share/select-scope';
import { printJson, type CliIo, type Command } from '../command';

function exportedBy(): string {
  if (process.env.BRIEFING_USER) return process.env.BRIEFING_USER;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

function policyOption(value: unknown): ConflictPolicy {
  if (value === undefined) return 'keep-mine';
  if (!CONFLICT_POLICIES.includes(value as ConflictPolicy)) {
    throw new AppError('INVALID_REQUEST', `--on-conflict must be keep-mine, take-theirs or keep-both, not "${String(value)}".`);
  }
  return value as ConflictPolicy;
}

function onePath(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new AppError('INVALID_REQUEST', `bundle ${what} takes one FILE.`);
  return resolve(positionals[0]!);
}

function printReport(io: CliIo, r: MergeReport): void {
  const s = r.summaries;
  io.out(`Summaries: ${s.added} new, ${s.identical} identical, ${s.sameText} already here under another id, ${s.changed} changed`);
  if (s.changed) io.out(`  on conflict (${r.policy}): ${s.keptMine} kept mine, ${s.tookTheirs} took theirs, ${s.keptBoth} kept both`);
  io.out(`Entities: ${r.entities.added} new, ${r.entities.merged} merged into existing ones (${r.entities.aliasesAdded} new aliases)`);
  io.out(`Tags: ${r.tags.added} added, ${r.tags.updated} updated; books: ${r.books.added} new, ${r.books.existing} already here`);
  for (const m of r.entityMerges.slice(0, 20)) {
    const aliases = m.newAliases.length ? ` (new aliases: ${m.newAliases.join(', ')})` : '';
    io.out(`  ${m.kind} "${m.bundleName}" -> "${m.localName}"${aliases}`);
  }
  for (const c of r.conflicts.slice(0, 20)) io.out(`  changed ${c.id}: mine "${c.mineTitle}" / theirs "${c.theirsTitle}" -> ${c.resolution}`);
  if (r.conflicts.length > 20 || r.entityMerges.length > 20 || r.truncated) io.out('  … (use --json for the full list)');
}

const filterOptions = {
  out: { type: 'string' },
  query: { type: 'string' },
  forum: { type: 'string', multiple: true },
  theme: { type: 'string', multiple: true },
  actor: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  book: { type: 'string' },
} as const;

export const bundleExportCommand: Command = {
  name: 'bundle export',
  usage: 'bundle export --out FILE [--query TEXT] [--forum X] [--theme Y] [--actor Z] [--from DATE] [--to DATE] | [--book ID]',
  summary: 'Write the library, a filtered part, or one book to a .bblib bundle',
  options: filterOptions,
  async run({ options, json, io, library }) {
    const out = options.out as string | undefined;
    if (!out) throw new AppError('INVALID_REQUEST', 'bundle export needs --out FILE.');
    const query = {
      text: options.query as string | undefined,
      forum: options.forum as string[] | undefined,
      theme: options.theme as string[] | undefined,
      actor: options.actor as string[] | undefined,
      from: options.from as string | undefined,
      to: options.to as string | undefined,
    };
    const filtered = Object.values(query).some((v) => v !== undefined);
    if (options.book && filtered) throw new AppError('INVALID_REQUEST', 'Use either --book or filters, not both.');
    const scope: BundleScope = options.book
      ? { kind: 'book', bookId: options.book as string }
      : filtered
        ? { kind: 'filter', query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) }
        : { kind: 'library' };
    const result = exportBundle((await library()).db, { scope, outPath: resolve(out), exportedBy: exportedBy(), appVersion });
    if (json) return printJson(io, result);
    const c = result.manifest.counts;
    io.out(`Wrote ${result.path} (${describeScope(scope)}): ${c.summaries} summaries, ${c.entities} entities, ${c.books} books.`);
  },
};

export const bundleInspectCommand: Command = {
  name: 'bundle inspect',
  usage: 'bundle inspect FILE [--on-conflict keep-mine|take-theirs|keep-both] [--json]',
  summary: 'Check a bundle and show what importing it would do',
  options: { 'on-conflict': { type: 'string' } },
  async run({ positionals, options, json, io, library }) {
    const path = onePath(positionals, 'inspect');
    const inspection = await inspectBundle((await library()).db, path, { policy: policyOption(options['on-conflict']) });
    if (json) return printJson(io, inspection);
    const m = inspection.manifest;
    io.out(`${inspection.fileName}: ${Math.ceil(inspection.bytes / 1024)} KB, bundle format ${m.formatVersion}, Briefing Book Builder ${m.appVersion}`);
    io.out(`Exported by ${m.exportedBy} on ${m.createdAt}: ${describeScope(m.scope)}`);
    io.out(`Holds ${m.counts.summaries} summaries, ${m.counts.entities} forums/actors/themes, ${m.counts.aliases} aliases, ${m.counts.tags} tags, ${m.counts.books} books`);
    const cov = inspection.coverage;
    if (cov.dateRange) io.out(`Meetings from ${cov.dateRange.from} to ${cov.dateRange.to}`);
    for (const [label, list] of [['Forums', cov.forums], ['Themes', cov.themes], ['Actors', cov.actors]] as const) {
      if (list.length) io.out(`${label}: ${list.slice(0, 12).map((e) => `${e.name} (${e.summaries})`).join(', ')}${list.length > 12 ? ', …' : ''}`);
    }
    io.out('Against this library:');
    printReport(io, inspection.preview);
  },
};

export const bundleImportCommand: Command = {
  name: 'bundle import',
  usage: 'bundle import FILE [--dry-run] [--on-conflict keep-mine|take-theirs|keep-both] [--json]',
  summary: 'Merge a bundle into the library (one transaction; undo with bundle undo)',
  options: { 'dry-run': { type: 'boolean' }, 'on-conflict': { type: 'string' } },
  async run({ positionals, options, json, io, library }) {
    const path = onePath(positionals, 'import');
    const dryRun = Boolean(options['dry-run']);
    const result = await importBundle((await library()).db, path, { policy: policyOption(options['on-conflict']), dryRun });
    if (json) return printJson(io, result);
    if (dryRun) io.out(`Dry run of ${result.fileName}: nothing was changed.`);
    else if (result.importId) io.out(`Imported ${result.fileName} as import ${result.importId} (undo: briefing bundle undo ${result.importId}).`);
    else io.out(`${result.fileName} holds nothing this library does not already have; nothing was changed.`);
    printReport(io, result);
  },
};

export const bundleUndoCommand: Command = {
  name: 'bundle undo',
  usage: 'bundle undo IMPORT_ID [--force] [--json]',
  summary: 'Remove what a bundle import added and restore what it changed',
  options: { force: { type: 'boolean' } },
  async run({ positionals, options, json, io, library }) {
    if (positionals.length !== 1) throw new AppError('INVALID_REQUEST', 'bundle undo takes one IMPORT_ID (see briefing bundle history).');
    const report = undoImport((await library()).db, positionals[0]!, { force: Boolean(options.force) });
    if (json) return printJson(io, report);
    io.out(
      `Undid import ${report.importId}: removed ${report.summariesRemoved} summaries, restored ${report.summariesRestored}, ` +
        `removed ${report.entitiesRemoved} entities (${report.entitiesKept} kept, in use), ${report.aliasesRemoved} aliases, ${report.booksRemoved} books.`,
    );
  },
};

export const bundleHistoryCommand: Command = {
  name: 'bundle history',
  usage: 'bundle history [--json]',
  summary: 'List imports, newest first',
  async run({ json, io, library }) {
    const imports = listImports((await library()).db);
    if (json) return printJson(io, imports);
    if (imports.length === 0) return io.out('No imports yet.');
    for (const i of imports) {
      const who = i.exportedBy ? ` from ${i.exportedBy}` : '';
      const state = i.undoneAt ? `  (undone ${i.undoneAt})` : '';
      io.out(`${i.id}  ${i.createdAt}  ${i.kind} ${i.label}${who}${state}`);
    }
  },
};

export const BUNDLE_COMMANDS: Command[] = [bundleExportCommand, bundleInspectCommand, bundleImportCommand, bundleUndoCommand, bundleHistoryCommand];
