import { AppError } from '../../errors';
import type { ActorType } from '../../library/types';
import { MAX_CAVEAT_LENGTH, MAX_COPY_NUMBER_LENGTH, markingProblem, type BookOptions, type BookSettings, type GroupBy, type GroupKey } from '../../books/book-types';
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
  'sections-on-new-page': { type: 'boolean' },
  'actor-groups': { type: 'string' },
  draft: { type: 'boolean' },
  'copy-number': { type: 'string' },
  'handling-caveat': { type: 'string' },
  'pdf-a': { type: 'boolean' },
};

const ACTOR_TYPES = ['person', 'country', 'organization'] as const;

/** "person,country" -> the actor kinds that get sections when grouping by actor. */
function parseActorGroups(value: unknown): ActorType[] | undefined {
  if (value === undefined) return undefined;
  const kinds = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = kinds.find((k) => !(ACTOR_TYPES as readonly string[]).includes(k));
  if (wrong !== undefined || kinds.length === 0) {
    throw new AppError('INVALID_REQUEST', `--actor-groups takes ${ACTOR_TYPES.join(', ')} separated by commas${wrong ? `, not "${wrong}"` : ''}.`);
  }
  return [...new Set(kinds)] as ActorType[];
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
  if (options['sections-on-new-page']) settings.options.sectionsOnNewPage = true;
  const actorGroups = parseActorGroups(options['actor-groups']);
  if (actorGroups) settings.options.actorGroupTypes = actorGroups;
  if (options.draft) settings.options.draft = true;
  if (options['pdf-a']) settings.options.pdfA = true;
  const copy = limited(str('copy-number'), 'copy-number', MAX_COPY_NUMBER_LENGTH);
  if (copy !== undefined) settings.options.copyNumber = copy;
  const caveat = limited(str('handling-caveat'), 'handling-caveat', MAX_CAVEAT_LENGTH);
  if (caveat !== undefined) settings.options.handlingCaveat = caveat;
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
