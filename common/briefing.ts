/**
 * A book's own briefing text: notes per book item (why it matters, our objectives, theirs,
 * points to make, lines if pressed) and the book's front matter (purpose, objectives, key
 * messages, programme, participants). The one schema per shape: the library, the IPC contract,
 * the CLI's files and the UI's limits all come from here. Text fields are in the Markdown
 * subset of markdown-subset.ts.
 */
import { z } from 'zod';

/** The longest note field and front matter text, in characters (about two printed pages). */
export const MAX_NOTE_LENGTH = 6000;
export const MAX_PROGRAMME_ROWS = 40;
export const MAX_PROGRAMME_CELL = { time: 40, item: 400, participants: 400, press: 40 } as const;

/** Press statuses the programme offers; any other short text is accepted too. */
export const PRESS_PRESETS = ['OPEN PRESS', 'CLOSED PRESS', 'POOL', 'PHOTO OPPORTUNITY'] as const;

/** The five note fields in print order, with the label each prints under. */
export const NOTE_FIELDS = [
  { key: 'whyItMatters', label: 'Why it matters' },
  { key: 'ourObjectives', label: 'Our objectives' },
  { key: 'theirObjectives', label: 'Their likely objectives' },
  { key: 'pointsToMake', label: 'Points to make' },
  { key: 'ifPressed', label: 'If pressed' },
] as const;

export type NoteField = (typeof NOTE_FIELDS)[number]['key'];

const noteText = (label: string) =>
  z
    .string()
    .max(MAX_NOTE_LENGTH, { message: `${label} can have at most ${MAX_NOTE_LENGTH} characters; shorten it.` })
    .transform((s) => s.trim());

export const briefingNotesSchema = z
  .object({
    whyItMatters: noteText('Why it matters').default(''),
    ourObjectives: noteText('Our objectives').default(''),
    theirObjectives: noteText('Their likely objectives').default(''),
    pointsToMake: noteText('Points to make').default(''),
    ifPressed: noteText('If pressed').default(''),
  })
  .strict();

export type BriefingNotes = z.infer<typeof briefingNotesSchema>;

export const EMPTY_NOTES: BriefingNotes = { whyItMatters: '', ourObjectives: '', theirObjectives: '', pointsToMake: '', ifPressed: '' };

export function hasNotes(notes: BriefingNotes | undefined): boolean {
  return Boolean(notes && NOTE_FIELDS.some((f) => notes[f.key] !== ''));
}

const cell = (label: string, max: number) =>
  z
    .string()
    .max(max, { message: `A programme row's ${label} can have at most ${max} characters.` })
    .transform((s) => s.trim());

export const programmeRowSchema = z
  .object({
    time: cell('time', MAX_PROGRAMME_CELL.time).default(''),
    item: cell('item', MAX_PROGRAMME_CELL.item).default(''),
    participants: cell('participants', MAX_PROGRAMME_CELL.participants).default(''),
    press: cell('press status', MAX_PROGRAMME_CELL.press).default(''),
  })
  .strict();

export type ProgrammeRow = z.infer<typeof programmeRowSchema>;

export const frontMatterSchema = z
  .object({
    purpose: noteText('The purpose').default(''),
    objectives: noteText('The objectives').default(''),
    keyMessages: noteText('The key messages').default(''),
    participants: noteText('The participants').default(''),
    programme: z
      .array(programmeRowSchema)
      .max(MAX_PROGRAMME_ROWS, { message: `A programme can have at most ${MAX_PROGRAMME_ROWS} rows.` })
      .default([]),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export const EMPTY_FRONT_MATTER: FrontMatter = { purpose: '', objectives: '', keyMessages: '', participants: '', programme: [] };

/** A programme row that prints: one with any text (a row with only blanks is dropped on save). */
export function isFilledRow(row: ProgrammeRow): boolean {
  return Boolean(row.time || row.item || row.participants || row.press);
}

export function hasFrontMatter(front: FrontMatter | undefined): boolean {
  return Boolean(front && (front.purpose || front.objectives || front.keyMessages || front.participants || front.programme.some(isFilledRow)));
}

/** `briefing book apply FILE.json`: front matter and notes for one book, applied in one transaction. */
export const briefingApplySchema = z
  .object({
    book: z.string().min(1, { message: 'Name the book by its id ("book": "...", see briefing book list).' }),
    front: frontMatterSchema.optional(),
    notes: z
      .array(z.object({ summary: z.string().min(1) }).merge(briefingNotesSchema).strict())
      .max(10_000)
      .default([]),
  })
  .strict();

export type BriefingApply = z.infer<typeof briefingApplySchema>;
