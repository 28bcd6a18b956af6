/**
 * A book's print options, described once. Each option is a descriptor: its zod schema, default,
 * label and help text (the UI form), and CLI flag (`briefing book create` / `export`). The one
 * options schema, the defaults, the CLI parser (electron/cli/commands/book-options.ts) and the
 * settings form all derive from BOOK_OPTIONS, so a new option is added here and nowhere else
 * (the PDF and Word renderers still have to print it).
 * Also the limits and checks on a book's title and marking, which the renderer uses at runtime.
 */
import { z } from 'zod';
import { actorTypeSchema, cleanString, GROUP_KEYS, groupKeySchema, isoDateSchema, type GroupKey } from './primitives';
import { searchQuerySchema } from './search-query';

/** Markings offered in the UI; any other free text is accepted too. */
export const CLASSIFICATION_PRESETS = ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'] as const;

/**
 * The longest classification marking accepted, in characters: the CLI, the IPC contract and
 * the UI all use this one figure. At this length the marking still fits two lines of the page
 * head and foot at the smallest size the PDF sets it in (see pdf/marking.ts).
 */
export const MAX_MARKING_LENGTH = 200;

/** Why a marking is refused, or undefined when it is fine. */
export function markingProblem(marking: string): string | undefined {
  const text = marking.trim();
  if (!text) return 'A book needs a classification marking (for example UNCLASSIFIED).';
  if ([...text].length > MAX_MARKING_LENGTH) {
    return `The classification marking is ${[...text].length} characters long; at most ${MAX_MARKING_LENGTH} fit at the top and bottom of every page. Shorten it.`;
  }
  return undefined;
}

/** The longest book title accepted (the IPC contract and the title field both use it). */
export const MAX_TITLE_LENGTH = 300;

/** Why a title is refused, or undefined when it is fine. Counted as zod counts (UTF-16 units). */
export function titleProblem(title: string): string | undefined {
  const text = title.trim();
  if (!text) return 'A book needs a title; the last one is kept until you type a new one.';
  if (text.length > MAX_TITLE_LENGTH) {
    return `This title is ${text.length} characters long; a title can have at most ${MAX_TITLE_LENGTH}. Shorten it by ${text.length - MAX_TITLE_LENGTH} to save it; until then the book keeps its last title.`;
  }
  return undefined;
}

export const GROUP_BY_VALUES = [...GROUP_KEYS, 'none'] as const;
export const groupBySchema = z.enum(GROUP_BY_VALUES);
export type GroupBy = z.infer<typeof groupBySchema>;
export type { GroupKey };
export const groupOrderSchema = z.enum(['alpha', 'count', 'manual']);
export type GroupOrder = z.infer<typeof groupOrderSchema>;
export const itemOrderSchema = z.enum(['date-asc', 'date-desc', 'manual']);
export type ItemOrder = z.infer<typeof itemOrderSchema>;
export const paperSchema = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof paperSchema>;

/** Longest copy number and handling caveat accepted (they share a footer or cover line). */
export const MAX_COPY_NUMBER_LENGTH = 40;
export const MAX_CAVEAT_LENGTH = 300;

/** Where the settings form shows an option. */
export type BookOptionSection = 'summary-text' | 'include' | 'paper' | 'actor-groups' | 'pages' | 'document-control';

/**
 * One option. `cli.flag` is the long flag without dashes; a boolean option's flag sets it to
 * `cli.sets` (`--no-sources` sets includeSources to false), any other flag takes a value that
 * the schema checks (a list option takes its values separated by commas).
 */
export interface BookOptionDescriptor<S extends z.ZodType = z.ZodType> {
  schema: S;
  default: z.infer<S>;
  label: string;
  help: string;
  cli: { flag: string; sets?: boolean };
  ui: {
    section: BookOptionSection;
    /** Labels of an enumerated option's values, or of a list option's items, in the order shown. */
    choices?: ReadonlyArray<readonly [string, string]>;
    placeholder?: string;
  };
}

const option = <S extends z.ZodType>(descriptor: BookOptionDescriptor<S>) => descriptor;

export const BOOK_OPTIONS = {
  keyPointsOnly: option({
    schema: z.boolean(),
    default: false,
    label: 'Key points only',
    help: 'Print only the key points of each summary (the body is left out when there are key points).',
    cli: { flag: 'key-points-only', sets: true },
    ui: { section: 'summary-text', choices: [['false', 'Full text'], ['true', 'Key points only']] },
  }),
  includeNotes: option({
    schema: z.boolean(),
    default: false,
    label: 'Notes',
    help: "Print each summary's notes.",
    cli: { flag: 'notes', sets: true },
    ui: { section: 'include' },
  }),
  includeSources: option({
    schema: z.boolean(),
    default: true,
    label: 'Sources',
    help: 'Cite the source under each summary.',
    cli: { flag: 'no-sources', sets: false },
    ui: { section: 'include' },
  }),
  crossReferences: option({
    schema: z.boolean(),
    default: true,
    label: 'Cross-references',
    help: 'List a summary under its other groups as "see p. N" (off: it appears under its first group only).',
    cli: { flag: 'no-cross-references', sets: false },
    ui: { section: 'include' },
  }),
  actorIndex: option({
    schema: z.boolean(),
    default: true,
    label: 'Actor index',
    help: 'An index of actors with the pages they appear on, at the back of the book.',
    cli: { flag: 'no-index', sets: false },
    ui: { section: 'include' },
  }),
  paper: option({
    schema: paperSchema,
    default: 'a4',
    label: 'Paper',
    help: 'The page size.',
    cli: { flag: 'paper' },
    ui: { section: 'paper', choices: [['a4', 'A4'], ['letter', 'US Letter']] },
  }),
  sectionsOnNewPage: option({
    schema: z.boolean(),
    default: false,
    label: 'Each section on a new page',
    help: 'Start every top-level section on a new page (off: sections follow on, which saves many half-empty pages).',
    cli: { flag: 'sections-on-new-page', sets: true },
    ui: { section: 'pages' },
  }),
  actorGroupTypes: option({
    schema: z.array(actorTypeSchema).min(1).max(3),
    default: ['person'],
    label: 'Sections for these actors (others are listed under “See also”)',
    help: 'Grouping by actor: the kinds of actor that get a section of their own (the rest are listed compactly).',
    cli: { flag: 'actor-groups' },
    ui: { section: 'actor-groups', choices: [['person', 'People'], ['country', 'Countries'], ['organization', 'Organisations']] },
  }),
  draft: option({
    schema: z.boolean(),
    default: false,
    label: 'DRAFT watermark',
    help: 'A pale diagonal DRAFT on every page.',
    cli: { flag: 'draft', sets: true },
    ui: { section: 'pages' },
  }),
  copyNumber: option({
    schema: z.string().max(MAX_COPY_NUMBER_LENGTH),
    default: '',
    label: 'Copy number',
    help: 'Printed on the cover, the back cover and in every footer ("Copy 4 of 20"), or empty.',
    cli: { flag: 'copy-number' },
    ui: { section: 'document-control', placeholder: 'e.g. 4 of 20' },
  }),
  handlingCaveat: option({
    schema: z.string().max(MAX_CAVEAT_LENGTH),
    default: '',
    label: 'Handling caveat',
    help: 'A handling instruction printed under the marking on the cover and back cover, or empty.',
    cli: { flag: 'handling-caveat' },
    ui: { section: 'document-control', placeholder: 'e.g. Not to be copied or forwarded' },
  }),
  pdfA: option({
    schema: z.boolean(),
    default: false,
    label: 'Archival PDF/A-2b',
    help: 'Write an archival PDF/A-2b file (embedded colour profile, XMP metadata).',
    cli: { flag: 'pdf-a', sets: true },
    ui: { section: 'pages' },
  }),
};

export type BookOptionKey = keyof typeof BOOK_OPTIONS;
type OptionShape = { [K in BookOptionKey]: (typeof BOOK_OPTIONS)[K]['schema'] };
export const BOOK_OPTION_KEYS = Object.keys(BOOK_OPTIONS) as BookOptionKey[];

/** A book's options as printed: every option has a value. */
export const completeBookOptionsSchema = z.strictObject(
  Object.fromEntries(BOOK_OPTION_KEYS.map((key) => [key, BOOK_OPTIONS[key].schema])) as OptionShape,
);
export type BookOptions = z.infer<typeof completeBookOptionsSchema>;

/**
 * A book's options as stored and as sent: every key optional (stored options are merged over
 * DEFAULT_BOOK_OPTIONS), unknown keys refused. One schema for the IPC contract and for the
 * books a bundle brings, so a colleague's file cannot store options the app cannot print.
 */
export const bookOptionsSchema = completeBookOptionsSchema.partial();

export const DEFAULT_BOOK_OPTIONS: BookOptions = Object.fromEntries(
  BOOK_OPTION_KEYS.map((key) => [key, BOOK_OPTIONS[key].default]),
) as BookOptions;

/**
 * Everything about a book a user edits, as stored and printed. The IPC contract's fields
 * (electron/ipc/contracts/books.ts) are this schema made partial, the options partial too.
 */
export const bookSettingsSchema = z.strictObject({
  title: cleanString(z.string().min(1).max(MAX_TITLE_LENGTH)),
  subtitle: cleanString(z.string().max(500)),
  preparedFor: cleanString(z.string().max(300)),
  preparedBy: cleanString(z.string().max(300)),
  /** ISO date printed on the cover (YYYY, YYYY-MM or YYYY-MM-DD), or null for none. */
  date: isoDateSchema.nullable(),
  /** Free text; the UI offers CLASSIFICATION_PRESETS. */
  classification: cleanString(
    z
      .string()
      .min(1)
      .refine((v) => [...v.trim()].length <= MAX_MARKING_LENGTH, `at most ${MAX_MARKING_LENGTH} characters`),
  ),
  purpose: cleanString(z.string().max(5000)),
  groupBy: groupBySchema,
  groupBySecond: groupKeySchema.nullable(),
  groupOrder: groupOrderSchema,
  itemOrder: itemOrderSchema,
  /** Group names in the user's order, used when groupOrder is 'manual' (unlisted groups follow alphabetically). */
  manualGroupOrder: z.array(z.string().min(1).max(300)).max(1000),
  options: completeBookOptionsSchema,
  /** A live source: every summary matching this query is in the book, besides the chosen items. */
  savedSearch: searchQuerySchema.nullable(),
});
export type BookSettings = z.infer<typeof bookSettingsSchema>;
