import { AppError } from '../../errors';
import { markingProblem, type BookOptions, type BookSettings, type GroupBy, type GroupKey } from '../../books/book-types';
import type { SearchQuery } from '../../library/search';
import type { CommandInput, OptionSpec } from '../command';

/** Options shared by `book create` and `export` that set how a book looks. */
export const BOOK_LOOK_OPTIONS: OptionSpec = {
  title: { type: 'string' },
  subtitle: { type: 'string' },
  'prepared-for': { type: 'string' },
  'prepared-by': { type: 'string' },
  date: { type: 'string' },
  classification: { type: 'string' },
  purpose: { type: 'string' },
  'group-by': { type: 'string' },
  'group-order': { type: 'string' },
  'item-order': { type: 'string' },
  'key-points-only': { type: 'boolean' },
  notes: { type: 'boolean' },
  'no-sources': { type: 'boolean' },
  'no-cross-references': { type: 'boolean' },
  'no-index': { type: 'boolean' },
  paper: { type: 'string' },
};

/** Options that select summaries by search. */
export const QUERY_OPTIONS: OptionSpec = {
  forum: { type: 'string', multiple: true },
  theme: { type: 'string', multiple: true },
  actor: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
};

function oneOf<T extends string>(value: unknown, name: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new AppError('INVALID_REQUEST', `--${name} must be ${allowed.join(', ')}, not "${String(value)}".`);
  return value as T;
}

/** "forum" or "forum,theme" -> the two grouping levels. */
export function parseGroupBy(value: unknown): { groupBy: GroupBy; groupBySecond: GroupKey | null } | undefined {
  if (value === undefined) return undefined;
  const [first, second, extra] = String(value).split(',').map((s) => s.trim());
  const groupBy = oneOf(first, 'group-by', ['forum', 'theme', 'actor', 'none'] as const)!;
  const groupBySecond = second ? oneOf(second, 'group-by (second level)', ['forum', 'theme', 'actor'] as const)! : null;
  if (extra !== undefined) throw new AppError('INVALID_REQUEST', '--group-by takes at most two levels, like forum,theme.');
  return { groupBy, groupBySecond };
}

/** The settings given on the command line (only those given). */
export function lookFromOptions(options: CommandInput['options']): Partial<Omit<BookSettings, 'options'>> & { options: Partial<BookOptions> } {
  const str = (name: string) => options[name] as string | undefined;
  const settings: Partial<Omit<BookSettings, 'options'>> & { options: Partial<BookOptions> } = { options: {} };
  const set = <K extends keyof BookSettings>(key: K, value: BookSettings[K] | undefined) => {
    if (value !== undefined) (settings as Record<string, unknown>)[key] = value;
  };
  set('title', str('title'));
  set('subtitle', str('subtitle'));
  set('preparedFor', str('prepared-for'));
  set('preparedBy', str('prepared-by'));
  set('date', str('date'));
  const marking = str('classification');
  if (marking !== undefined) {
    const problem = markingProblem(marking);
    if (problem) throw new AppError('INVALID_REQUEST', `--classification: ${problem}`);
    set('classification', marking.trim());
  }
  set('purpose', str('purpose'));
  const grouping = parseGroupBy(options['group-by']);
  if (grouping) Object.assign(settings, grouping);
  set('groupOrder', oneOf(options['group-order'], 'group-order', ['alpha', 'count', 'manual'] as const));
  set('itemOrder', oneOf(options['item-order'], 'item-order', ['date-asc', 'date-desc', 'manual'] as const));
  if (options['key-points-only']) settings.options.keyPointsOnly = true;
  if (options.notes) settings.options.includeNotes = true;
  if (options['no-sources']) settings.options.includeSources = false;
  if (options['no-cross-references']) settings.options.crossReferences = false;
  if (options['no-index']) settings.options.actorIndex = false;
  const paper = oneOf(options.paper, 'paper', ['a4', 'letter'] as const);
  if (paper) settings.options.paper = paper;
  return settings;
}

/** The search given by QUERY words and --forum/--theme/--actor/--from/--to, or undefined if none. */
export function queryFromOptions(positionals: string[], options: CommandInput['options']): SearchQuery | undefined {
  const query: SearchQuery = {
    text: positionals.join(' ').trim() || undefined,
    forum: options.forum as string[] | undefined,
    theme: options.theme as string[] | undefined,
    actor: options.actor as string[] | undefined,
    from: options.from as string | undefined,
    to: options.to as string | undefined,
  };
  return Object.values(query).some((v) => v !== undefined) ? query : undefined;
}
