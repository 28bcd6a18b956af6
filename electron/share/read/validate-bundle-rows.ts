import { bookOptionsSchema, markingProblem } from '../../../common/book-options';
import { ENTITY_KINDS, hasControlCharacters, TAG_SOURCES, TAG_STATUSES } from '../../../common/primitives';
import { dateRange } from '../../library/dates';
import { matchKey } from '../../library/entities';
import { contentHash } from '../../library/summaries';
import type { ContentTable, UncheckedRow } from '../bundle-format';

const ID_RE = /^[A-Za-z0-9._:-]{1,100}$/;
const SLUG_RE = /^[a-z0-9-]{1,100}$/;
// The values the library's own types allow (common/primitives), so the two cannot drift apart.
const KINDS = new Set<unknown>(ENTITY_KINDS);
const TAG_SOURCE_SET = new Set<unknown>(TAG_SOURCES);
const TAG_STATUS_SET = new Set<unknown>(TAG_STATUSES);

/**
 * The checks SQLite's constraints cannot make: derived columns agree with what they derive
 * from (content hash, match keys, date ranges), JSON columns parse to the expected shape, and
 * every reference points inside the bundle. Returns the first problem, worded for a person.
 */
export function validateBundleRows(rows: Record<ContentTable, Iterable<UncheckedRow>>, bodyVerdicts?: Uint8Array): string | undefined {
  const summaryIds = new Set<string>();
  const summaryProblem = validateSummaries(rows.summaries, summaryIds, bodyVerdicts);
  if (summaryProblem) return summaryProblem;

  const entityKinds = new Map<number, string>();
  const entityKeys = new Set<string>();
  for (const e of rows.entities) {
    const id = e.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return 'an entity has an invalid id';
    if (typeof e.kind !== 'string' || !KINDS.has(e.kind)) return `entity ${id} has an unknown kind`;
    if (!nonEmpty(e.name) || matchKey(e.name as string) === '' || e.match_key !== matchKey(e.name as string)) {
      return `entity ${id} has a name that does not match its look-up key`;
    }
    if (e.theme_slug !== null && (typeof e.theme_slug !== 'string' || !SLUG_RE.test(e.theme_slug))) return `entity ${id} has an invalid theme id`;
    const phrases = stringArray(e.phrases);
    if (!phrases) return `entity ${id} has unreadable key phrases`;
    if (controlColumn(e, phrases.join(''))) return `entity ${id} has control characters (such as ESC or NUL) in its name or phrases`;
    const key = `${e.kind}\u001f${e.match_key}`;
    if (entityKeys.has(key)) return `two entities are both named "${String(e.name).slice(0, 80)}"`;
    entityKeys.add(key);
    entityKinds.set(id, e.kind);
  }

  for (const a of rows.aliases) {
    const kind = entityKinds.get(a.entity_id as number);
    if (kind === undefined || kind !== a.kind) return 'an alias belongs to no entity of its kind';
    if (!nonEmpty(a.alias) || a.match_key !== matchKey(a.alias as string) || a.match_key === '') {
      return 'an alias does not match its look-up key';
    }
    if (controlColumn(a)) return 'an alias has control characters (such as ESC or NUL)';
  }

  for (const t of rows.summary_entities) {
    if (!summaryIds.has(t.summary_id as string)) return 'a tag belongs to no summary in the bundle';
    const kind = entityKinds.get(t.entity_id as number);
    if (kind === undefined || kind !== t.role) return 'a tag names no entity of its kind in the bundle';
    if (typeof t.confidence !== 'number' || !(t.confidence >= 0 && t.confidence <= 1)) return 'a tag has an invalid confidence';
    if (!TAG_SOURCE_SET.has(t.source)) return 'a tag has an unknown source';
    if (!TAG_STATUS_SET.has(t.status)) return 'a tag has an unknown status';
    if (!evidence(t.evidence)) return 'a tag has unreadable evidence';
  }

  const bookIds = new Set<string>();
  for (const b of rows.books) {
    if (typeof b.id !== 'string' || !ID_RE.test(b.id)) return 'a book has an invalid id';
    if (!nonEmpty(b.title)) return `book ${b.id} has no title`;
    const control = controlColumn(b);
    if (control) return `book ${b.id} has control characters (such as ESC or NUL) in its ${control}`;
    const problem = bookSettingsProblem(b);
    if (problem) return `book ${b.id} ${problem}`;
    bookIds.add(b.id);
  }
  for (const i of rows.book_items) {
    if (!bookIds.has(i.book_id as string) || !summaryIds.has(i.summary_id as string)) return 'a book lists a summary the bundle does not hold';
    if (typeof i.position !== 'number' || !Number.isSafeInteger(i.position)) return 'a book item has an invalid position';
  }
  return undefined;
}

/** The summaries' checks; fills `summaryIds` with the ids seen. */
function validateSummaries(summaries: Iterable<UncheckedRow>, summaryIds: Set<string>, bodyVerdicts?: Uint8Array): string | undefined {
  let i = -1;
  for (const s of summaries) {
    i++;
    const id = s.id;
    if (typeof id !== 'string' || !ID_RE.test(id)) return 'a summary has an invalid id';
    const where = `summary ${id}`;
    const body = bodyVerdicts ? bodyVerdicts[i] : bodyVerdict(s.body, s.content_hash);
    if (!nonEmpty(s.title) || body === BODY_EMPTY) return `${where} has no title or no text`;
    if (body === BODY_CONTROL) return `${where} has control characters (such as ESC or NUL) in its text`;
    if (body !== BODY_OK) return `${where} has a content hash that does not match its text`;
    const keyPoints = stringArray(s.key_points);
    if (!keyPoints) return `${where} has unreadable key points`;
    const control = controlColumn(s, keyPoints.join(''));
    if (control) return `${where} has control characters (such as ESC or NUL) in its ${control}`;
    if (!isTime(s.created_at) || !isTime(s.updated_at)) return `${where} has invalid timestamps`;
    if (s.meeting_date !== null) {
      let range: ReturnType<typeof dateRange>;
      try {
        range = dateRange(String(s.meeting_date));
      } catch {
        return `${where} has an invalid meeting date`;
      }
      if (range.precision !== s.date_precision || range.start !== s.date_start || range.end !== s.date_end) {
        return `${where} has a date range that does not match its meeting date`;
      }
    } else if (s.date_start !== null || s.date_end !== null) {
      return `${where} has a date range without a meeting date`;
    }
    if (summaryIds.has(id)) return `summary ${id} appears twice`;
    summaryIds.add(id);
  }

  return undefined;
}

const BODY_OK = 0;
const BODY_EMPTY = 1;
const BODY_WRONG_HASH = 2;
const BODY_CONTROL = 3;

/**
 * The first column of `row` whose text holds control characters (the app drops them on every
 * way in, so only a hand-made or older file has them), or 'key points' when `extra` does. The
 * body is checked apart (bodyVerdict), while the reader still holds it as text.
 */
function controlColumn(row: UncheckedRow, extra = ''): string | undefined {
  for (const [column, value] of Object.entries(row)) {
    if (column !== 'body' && typeof value === 'string' && hasControlCharacters(value)) return column.replace(/_/g, ' ');
  }
  return hasControlCharacters(extra) ? 'key points' : undefined;
}

/**
 * The checks on a summary's text, apart from the rest: a reader that streams summaries makes
 * them while it still holds the text, and passes the verdicts to validateBundleRows.
 */
export function bodyVerdict(body: unknown, hash: unknown): number {
  if (!nonEmpty(body)) return BODY_EMPTY;
  if (hash !== contentHash(body as string)) return BODY_WRONG_HASH;
  return hasControlCharacters(body as string) ? BODY_CONTROL : BODY_OK;
}

/** What makes a book's stored settings unusable (they are read back as JSON on every show and export). */
function bookSettingsProblem(b: UncheckedRow): string | undefined {
  const options = parseJson(b.options);
  if (options === undefined || !bookOptionsSchema.safeParse(options).success) return 'has options this app cannot read';
  if (!stringArray(b.manual_group_order)) return 'has an unreadable group order';
  if (b.saved_search !== null && b.saved_search !== undefined) {
    const search = parseJson(b.saved_search);
    if (typeof search !== 'object' || search === null || Array.isArray(search)) return 'has an unreadable saved search';
  }
  if (typeof b.classification !== 'string' || markingProblem(b.classification)) return 'has an unusable classification marking';
  return undefined;
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function isTime(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** The JSON list of strings `value` holds, or undefined when it holds anything else. */
function stringArray(value: unknown): string[] | undefined {
  const parsed = parseJson(value);
  return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? parsed : undefined;
}

function evidence(value: unknown): boolean {
  const parsed = parseJson(value);
  return (
    Array.isArray(parsed) &&
    parsed.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => Number.isSafeInteger(n) && (n as number) >= 0))
  );
}
