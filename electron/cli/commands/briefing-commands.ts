import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { NOTE_FIELDS, type NoteField } from '../../../common/briefing';
import { AppError, errorMessage } from '../../errors';
import { applyBriefing, setFrontMatter, setItemNotes } from '../../books/briefing-store';
import { printJson, type Command } from '../command';

/** `briefing book note`, `book front` and `book apply`: a book's briefing text from files. */

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppError('FILE_NOT_FOUND', `Cannot read ${path}: ${errorMessage(error)}.`, { cause: error });
  }
}

function readJson(path: string): unknown {
  const text = readText(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('INVALID_REQUEST', `${basename(path)} is not valid JSON (${errorMessage(error)}). Nothing was changed.`);
  }
}

/** Schema errors say which file they are about. */
function inFile<T>(path: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_REQUEST' && !error.message.startsWith(basename(path))) {
      throw new AppError('INVALID_REQUEST', `${basename(path)}: ${error.message}`);
    }
    throw error;
  }
}

const fold = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const FIELD_BY_HEADING = new Map<string, NoteField>(NOTE_FIELDS.flatMap((f) => [[fold(f.label), f.key], [fold(f.key), f.key]]));

/**
 * Notes from a Markdown file: each field under a heading naming it ("## Points to make");
 * the text under it, in the Markdown subset, is the field.
 */
export function notesFromMarkdown(text: string, file: string): Partial<Record<NoteField, string>> {
  const notes: Partial<Record<NoteField, string>> = {};
  let current: NoteField | undefined;
  const labels = NOTE_FIELDS.map((f) => `"## ${f.label}"`).join(', ');
  text.replace(/\r\n?/g, '\n').split('\n').forEach((line, i) => {
    const heading = /^#{1,3}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      current = FIELD_BY_HEADING.get(fold(heading[1]!));
      if (!current) throw new AppError('INVALID_REQUEST', `${file} line ${i + 1}: "${heading[1]}" is not a notes field; use ${labels}.`);
      notes[current] = '';
      return;
    }
    if (!current) {
      if (line.trim()) throw new AppError('INVALID_REQUEST', `${file} line ${i + 1}: text before the first heading; start each field with a heading such as ${labels}.`);
      return;
    }
    notes[current] += `${line}\n`;
  });
  return notes;
}

const FILE_OPTION = { file: { type: 'string' as const } };

export const bookNoteCommand: Command = {
  name: 'book note',
  usage: 'book note BOOK_ID SUMMARY_ID --file NOTES.md|NOTES.json',
  summary: 'Set an item\'s briefing notes (why it matters, objectives, points to make, if pressed) from a file',
  options: FILE_OPTION,
  async run({ positionals, options, json, io, library }) {
    const [bookId, summaryId] = positionals;
    const file = options.file as string | undefined;
    if (!bookId || !summaryId || !file) throw new AppError('INVALID_REQUEST', 'book note takes a BOOK_ID, a SUMMARY_ID and --file NOTES.md or NOTES.json.');
    const input = extname(file).toLowerCase() === '.json' ? readJson(file) : notesFromMarkdown(readText(file), basename(file));
    const db = (await library()).db;
    const notes = inFile(file, () => setItemNotes(db, bookId, summaryId, input));
    if (json) return printJson(io, notes);
    const filled = NOTE_FIELDS.filter((f) => notes[f.key]).map((f) => f.label.toLowerCase());
    io.out(filled.length ? `Notes saved: ${filled.join(', ')}.` : 'The notes are empty: the item has no notes now.');
  },
};

export const bookFrontCommand: Command = {
  name: 'book front',
  usage: 'book front BOOK_ID --file FRONT.json',
  summary: 'Set a book\'s front matter (purpose, objectives, key messages, programme, participants) from a JSON file',
  options: FILE_OPTION,
  async run({ positionals, options, json, io, library }) {
    const [bookId] = positionals;
    const file = options.file as string | undefined;
    if (!bookId || !file) throw new AppError('INVALID_REQUEST', 'book front takes a BOOK_ID and --file FRONT.json.');
    const input = readJson(file);
    const db = (await library()).db;
    const front = inFile(file, () => setFrontMatter(db, bookId, input));
    if (json) return printJson(io, front ?? null);
    io.out(front ? `Front matter saved (${front.programme.length} programme row${front.programme.length === 1 ? '' : 's'}).` : 'The front matter is empty: the book has none now.');
  },
};

export const bookApplyCommand: Command = {
  name: 'book apply',
  usage: 'book apply FILE.json',
  summary: 'Set a book\'s front matter and item notes from one JSON file, all or nothing',
  async run({ positionals, json, io, library }) {
    const [file] = positionals;
    if (!file) throw new AppError('INVALID_REQUEST', 'book apply takes a FILE.json: {"book": ID, "front": {...}, "notes": [{"summary": ID, ...}]}.');
    const input = readJson(file);
    const result = applyBriefing((await library()).db, input, basename(file));
    if (json) return printJson(io, result);
    io.out(`Applied ${basename(file)}: ${result.front ? 'front matter and ' : ''}notes for ${result.notes} item${result.notes === 1 ? '' : 's'}.`);
  },
};
