import { AppError } from '../../errors';
import { z } from 'zod';
import { BOOK_OPTION_KEYS, BOOK_OPTIONS, GROUP_BY_VALUES, groupOrderSchema, itemOrderSchema, markingProblem, type BookOptionDescriptor, type BookOptions, type GroupBy, type GroupKey } from '../../../common/book-options';
import { GROUP_KEYS } from '../../../common/primitives';
import type { BookSettings } from '../../books/book-types';
import type { SearchQuery } from '../../../common/search-query';
import type { CommandInput, OptionSpec } from '../command';

/** Flags of the book's settings that are not print options (those come from BOOK_OPTIONS). */
const SETTING_FLAGS: OptionSpec = {
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
};

/** Options shared by `book create` and `export` that set how a book looks. */
export const BOOK_LOOK_OPTIONS: OptionSpec = {
  ...SETTING_FLAGS,
  ...Object.fromEntries(
    BOOK_OPTION_KEYS.map((key) => [BOOK_OPTIONS[key].cli.flag, { type: BOOK_OPTIONS[key].schema instanceof z.ZodBoolean ? 'boolean' : 'string' } as const]),
  ),
};

/** The value a print option's flag gives, checked against its schema; undefined when the flag is absent. */
function optionFromFlag(descriptor: BookOptionDescriptor, raw: unknown): unknown {
  if (raw === undefined || raw === false) return undefined;
  const { schema, cli } = descriptor;
  if (schema instanceof z.ZodBoolean) return cli.sets ?? true;
  if (schema instanceof z.ZodEnum) return oneOf(raw, cli.flag, schema.options as readonly string[]);
  if (schema instanceof z.ZodArray && schema.element instanceof z.ZodEnum) return listOf(raw, cli.flag, schema.element.options as readonly string[]);
  if (schema instanceof z.ZodString) return limited(String(raw), cli.flag, schema.maxLength ?? Infinity);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('INVALID_REQUEST', `--${cli.flag}: ${parsed.error.issues[0]?.message ?? 'not a valid value'}.`);
  return parsed.data;
}

/** The print options given on the command line (only those given). */
function printOptionsFromFlags(options: CommandInput['options']): Partial<BookOptions> {
  const chosen: Record<string, unknown> = {};
  for (const key of BOOK_OPTION_KEYS) {
    const value = optionFromFlag(BOOK_OPTIONS[key], options[BOOK_OPTIONS[key].cli.flag]);
    if (value !== undefined) chosen[key] = value;
  }
  return chosen as Partial<BookOptions>;
}

/** "person,country" -> those values, each once (a list option such as --actor-groups). */
function listOf(value: unknown, name: string, allowed: readonly string[]): string[] {
  const items = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = items.find((k) => !allowed.includes(k));
  if (wrong !== undefined || items.length === 0) {
    throw new AppError('INVALID_REQUEST', `--${name} takes ${allowed.join(', ')} separated by commas${wrong ? `, not "${wrong}"` : ''}.`);
  }
  return [...new Set(items)];
}

function limited(value: string | undefined, name: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  if ([...value.trim()].length > max) throw new AppError('INVALID_REQUEST', `--${name} is ${[...value.trim()].length} characters long; at most ${max} are printed. Shorten it.`);
  return value.trim();
}

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
  const groupBy = oneOf(first, 'group-by', GROUP_BY_VALUES)!;
  const groupBySecond = second ? oneOf(second, 'group-by (second level)', GROUP_KEYS)! : null;
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
  set('groupOrder', oneOf(options['group-order'], 'group-order', groupOrderSchema.options));
  set('itemOrder', oneOf(options['item-order'], 'item-order', itemOrderSchema.options));
  settings.options = printOptionsFromFlags(options);
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
