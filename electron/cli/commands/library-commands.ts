import { ENTITY_KINDS } from '../../../common/primitives';
import { resolve } from 'node:path';
import { AppError } from '../../errors';
import { backupLibrary } from '../../library/backup';
import { search, type SnippetPart } from '../../library/search';
import { libraryStats } from '../../library/stats';
import { getSummary, listSummaries } from '../../library/summaries';
import { formatBookDate } from '../../books/format-date';
import type { FieldEvidence, Summary } from '../../library/types';
import { printJson, type Command } from '../command';

/** "27 July 2024 · Vientiane, Laos"; a month-precision date reads "July 2024", never "1 July". */
function dateAndPlace(s: { meetingDate: string | null; city: string | null; country: string | null }): string {
  return [formatBookDate(s.meetingDate), [s.city, s.country].filter(Boolean).join(', ')].filter(Boolean).join(' · ');
}

/** Why extraction chose a value, when it did ("92% sure: dateline 'ASTANA, Oct 13'"). */
function why(label: string, e: FieldEvidence | null): string[] {
  return e ? [`${label}: ${Math.round(e.confidence * 100)}% sure${e.note ? `: ${e.note}` : ''}`] : [];
}

function sourceLine(s: Summary): string[] {
  const parts = [s.sourceName, s.sourceAuthor && `by ${s.sourceAuthor}`, s.publishedDate && `published ${formatBookDate(s.publishedDate)}`, s.sourceUrl];
  const known = parts.filter(Boolean);
  if (known.length) return ['', `Source: ${known.join(', ')}`];
  return s.sourceFile ? ['', `Source: file ${s.sourceFile}`] : [];
}

function snippetText(parts: SnippetPart[]): string {
  return parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');
}

export const listCommand: Command = {
  name: 'list',
  usage: 'list [--limit N] [--offset N]',
  summary: 'List summaries, newest meeting first',
  options: { limit: { type: 'string' }, offset: { type: 'string' } },
  async run({ options, json, io, library }) {
    const limit = intOption(options.limit, 'limit', 100);
    const offset = intOption(options.offset, 'offset', 0);
    const summaries = listSummaries((await library()).db, { limit, offset });
    if (json) return printJson(io, summaries.map(({ body: _body, ...rest }) => rest));
    if (summaries.length === 0) return io.out('The library is empty. Add a summary with: briefing add FILE');
    for (const s of summaries) io.out(`${s.id}  ${s.title}${dateAndPlace(s) ? `  (${dateAndPlace(s)})` : ''}`);
  },
};

export const showCommand: Command = {
  name: 'show',
  usage: 'show ID',
  summary: 'Show one summary with its tags',
  async run({ positionals, json, io, library }) {
    const [id] = positionals;
    if (!id) throw new AppError('INVALID_REQUEST', 'show takes a summary ID (see briefing list).');
    const summary = getSummary((await library()).db, id);
    if (json) return printJson(io, summary);
    io.out(formatSummary(summary));
  },
};

export function formatSummary(s: Summary): string {
  const lines = [s.title + (s.titleGenerated ? ' (title generated: the text has no headline)' : ''), dateAndPlace(s)].filter(Boolean);
  lines.push(...why('Date', s.dateEvidence), ...why('Place', s.placeEvidence));
  for (const kind of ENTITY_KINDS) {
    const names = s.tags.filter((t) => t.kind === kind && t.status !== 'rejected').map((t) => (t.isPrimary ? `${t.name} (primary)` : t.name));
    if (names.length) lines.push(`${kind[0]!.toUpperCase()}${kind.slice(1)}s: ${names.join(', ')}`);
  }
  if (s.keyPoints.length) lines.push('', 'Key points:', ...s.keyPoints.map((k) => `  - ${k}`));
  lines.push('', s.body);
  lines.push(...sourceLine(s));
  if (s.notes) lines.push('', `Notes: ${s.notes}`);
  return lines.join('\n');
}

export const searchCommand: Command = {
  name: 'search',
  usage: 'search [QUERY] [--forum X] [--theme Y] [--actor Z] [--from DATE] [--to DATE] [--sort relevance|date-desc|date-asc] [--limit N]',
  summary: 'Full-text search with filters',
  options: {
    forum: { type: 'string', multiple: true },
    theme: { type: 'string', multiple: true },
    actor: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    sort: { type: 'string' },
    limit: { type: 'string' },
  },
  async run({ positionals, options, json, io, library }) {
    const sort = options.sort as string | undefined;
    if (sort && !['relevance', 'date-desc', 'date-asc'].includes(sort)) {
      throw new AppError('INVALID_REQUEST', `--sort must be relevance, date-desc or date-asc, not "${sort}".`);
    }
    const result = search((await library()).db, {
      text: positionals.join(' ') || undefined,
      forum: options.forum as string[] | undefined,
      theme: options.theme as string[] | undefined,
      actor: options.actor as string[] | undefined,
      from: options.from as string | undefined,
      to: options.to as string | undefined,
      sort: sort as 'relevance' | 'date-desc' | 'date-asc' | undefined,
      limit: intOption(options.limit, 'limit', 50),
    });
    if (json) return printJson(io, { total: result.total, results: result.hits, facets: result.facets });
    if (result.total === 0) return io.out('No summaries match.');
    io.out(`${result.total} match${result.total === 1 ? '' : 'es'}`);
    for (const hit of result.hits) {
      io.out(`\n${hit.id}  ${hit.title}${dateAndPlace(hit) ? `  (${dateAndPlace(hit)})` : ''}`);
      io.out(`  ${snippetText(hit.snippet)}`);
    }
  },
};

export const statsCommand: Command = {
  name: 'stats',
  usage: 'stats',
  summary: 'Counts of summaries, forums, actors, themes and books',
  async run({ json, io, library, libraryPath }) {
    const stats = libraryStats((await library()).db);
    if (json) return printJson(io, stats);
    io.out(`Library: ${libraryPath}`);
    io.out(`Summaries: ${stats.summaries}\nForums: ${stats.forums}\nActors: ${stats.actors}\nThemes: ${stats.themes}\nBooks: ${stats.books}`);
    if (stats.firstDate) io.out(`Meetings from ${stats.firstDate} to ${stats.lastDate}`);
  },
};

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup --out FILE',
  summary: 'Write a verified copy of the library',
  options: { out: { type: 'string' } },
  async run({ options, json, io, library }) {
    const out = options.out as string | undefined;
    if (!out) throw new AppError('INVALID_REQUEST', 'backup needs --out FILE.');
    const result = await backupLibrary((await library()).db, resolve(out));
    if (json) return printJson(io, result);
    io.out(`Backup written to ${result.path}`);
  },
};

export function intOption(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new AppError('INVALID_REQUEST', `--${name} must be a whole number, not "${String(value)}".`);
  return n;
}
