/**
 * The primitives both processes share: each a zod schema (what the IPC contracts, bundle
 * validation and the CLI check) and the type derived from it. Pure TypeScript: no Node, no DOM,
 * so the renderer may import it at runtime.
 */
import { z } from 'zod';

/** YYYY, YYYY-MM or YYYY-MM-DD: how the library stores a date of known precision. */
export const ISO_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const ISO_DATE_HINT = 'use YYYY, YYYY-MM or YYYY-MM-DD';
export const isoDateSchema = z.string().regex(ISO_DATE_PATTERN, ISO_DATE_HINT);
export type IsoDate = z.infer<typeof isoDateSchema>;

/** True when `value` has the ISO date shape (calendar checks are library/dates' dateRange). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE_PATTERN.test(value);
}

/**
 * C0 and C1 control characters other than tab, line feed, form feed and carriage return. No
 * text a person writes holds them; from a file or a colleague's bundle they could drive a
 * terminal (ESC), cut strings short in C code (NUL) or hide text. Dropped on every way in.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

export function hasControlCharacters(text: string): boolean {
  return text.search(CONTROL_CHARACTERS) >= 0;
}

/** A string schema whose value arrives with control characters dropped; then `inner`'s limits apply. */
export function cleanString<T extends z.ZodType<string, string>>(inner: T) {
  return z.string().transform(stripControlCharacters).pipe(inner);
}

/** Ids as they cross the process boundary: summaries, books and imports are text, entities numbers. */
export const summaryIdSchema = z.string().min(1).max(100);
export const bookIdSchema = z.string().min(1).max(100);
export const importIdSchema = z.string().min(1).max(100);
/** Names one running operation, so the renderer can match progress events and cancel it. */
export const operationIdSchema = z.string().min(1).max(100);
export const entityIdSchema = z.number().int().positive();

export const ENTITY_KINDS = ['forum', 'actor', 'theme'] as const;
export const entityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof entityKindSchema>;

export const ACTOR_TYPES = ['person', 'country', 'organization'] as const;
export const actorTypeSchema = z.enum(ACTOR_TYPES);
export type ActorType = z.infer<typeof actorTypeSchema>;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const datePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** Whether a tag is extraction's proposal, the user's acceptance, or refused (kept so it is not proposed again). */
export const TAG_STATUSES = ['suggested', 'accepted', 'rejected'] as const;
export const tagStatusSchema = z.enum(TAG_STATUSES);
export type TagStatus = z.infer<typeof tagStatusSchema>;

/** Who put a tag on a summary. */
export const TAG_SOURCES = ['extracted', 'user'] as const;
export const tagSourceSchema = z.enum(TAG_SOURCES);
export type TagSource = z.infer<typeof tagSourceSchema>;

/** What a bundle import does with a summary the library already has in another version. */
export const CONFLICT_POLICIES = ['keep-mine', 'take-theirs', 'keep-both'] as const;
export const conflictPolicySchema = z.enum(CONFLICT_POLICIES);
export type ConflictPolicy = z.infer<typeof conflictPolicySchema>;

/** What a book groups its summaries by (the kinds of entity, in the order the UI offers them). */
export const GROUP_KEYS = ['forum', 'theme', 'actor'] as const;
export const groupKeySchema = z.enum(GROUP_KEYS);
export type GroupKey = z.infer<typeof groupKeySchema>;

/**
 * A tag a caller proposes for a summary (the IPC contract's `library:add`); the library's own
 * TagInput adds what only the main process knows (library/types.ts).
 */
export const tagInputSchema = z.strictObject({
  kind: entityKindSchema,
  name: cleanString(z.string().min(1).max(300)),
  actorType: actorTypeSchema.optional(),
  themeSlug: z.string().max(100).optional(),
  confidence: z.number().min(0).max(1).optional(),
  evidence: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])).max(100).optional(),
  source: tagSourceSchema.optional(),
  status: tagStatusSchema.optional(),
});

/**
 * A summary's fields a caller may write (the IPC contract's `library:add` and `library:update`);
 * the library's own SummaryInput adds what only the main process sets (library/types.ts).
 */
export const summaryFieldsSchema = z.strictObject({
  title: cleanString(z.string().min(1).max(1000)),
  meetingDate: isoDateSchema.nullable().optional(),
  city: cleanString(z.string().max(200)).nullable().optional(),
  country: cleanString(z.string().max(200)).nullable().optional(),
  /** The publisher (never a file name: see the library's sourceFile). */
  sourceName: cleanString(z.string().max(500)).nullable().optional(),
  sourceUrl: cleanString(z.string().max(2000)).nullable().optional(),
  body: cleanString(z.string().min(1).max(5_000_000)),
  keyPoints: z.array(cleanString(z.string().max(5000))).max(50).optional(),
  notes: cleanString(z.string().max(1_000_000)).optional(),
  language: z.string().max(20).optional(),
});
/** A summary's editable fields, as `update` takes them. */
export type SummaryFields = z.infer<typeof summaryFieldsSchema>;

/**
 * How far a long operation (an import, a bundle export or merge, a book export) has come. The
 * domain code reports done/total and what it works on; the IPC layer adds the operationId the
 * renderer passed when it forwards the report as an event.
 */
export const progressSchema = z.object({
  /** Which operation this is about (set on events sent to the renderer). */
  operationId: z.string().optional(),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** Which step of the operation this is (a book export lays out pages, then writes them). */
  phase: z.string().optional(),
  /** What is being worked on now, for display ("report.docx", "Writing pages"). */
  label: z.string().optional(),
});
export type Progress = z.infer<typeof progressSchema>;
