import { resolve } from 'node:path';
import { AppError } from '../../errors';
import { planBook, planFromQuery } from '../../books/book-plan';
import { getBook, nextExportVersion, recordExport } from '../../books/book-store';
import { DEFAULT_BOOK_OPTIONS, DEFAULT_BOOK_SETTINGS } from '../../books/book-types';
import { renderDocxToFile } from '../../docx/render-docx';
import { renderBookToFile } from '../../pdf/render-book';
import { printJson, type Command } from '../command';
import { BOOK_LOOK_OPTIONS, QUERY_OPTIONS, lookFromOptions, queryFromOptions } from './book-options';

export const exportCommand: Command = {
  name: 'export',
  usage:
    'export --out FILE.pdf|FILE.docx [--format pdf|docx] (--book ID | [QUERY] [--forum X] [--theme Y] [--actor Z] [--from DATE] [--to DATE]) ' +
    '[--group-by forum|theme|actor[,second]] [--title T] [--classification C] [--key-points-only] [--paper a4|letter] ' +
    '[--draft] [--copy-number N] [--handling-caveat TEXT] [--sections-on-new-page] [--pdf-a] ' +
    '[--reproducible] (and the look options of book create)',
  summary: 'Export a briefing book as PDF (or a Word document), from a stored book or from a search',
  options: { ...BOOK_LOOK_OPTIONS, ...QUERY_OPTIONS, out: { type: 'string' }, format: { type: 'string' }, book: { type: 'string' }, reproducible: { type: 'boolean' } },
  async run({ positionals, options, json, io, library }) {
    const out = options.out as string | undefined;
    if (!out) throw new AppError('INVALID_REQUEST', 'export needs --out FILE.pdf (or FILE.docx with --format docx).');
    const format = exportFormatOf(out, options.format as string | undefined);
    const query = queryFromOptions(positionals, options);
    const bookId = options.book as string | undefined;
    if (bookId && query) throw new AppError('INVALID_REQUEST', 'Give either --book ID or a search, not both.');
    const look = lookFromOptions(options);
    const db = (await library()).db;
    let plan;
    let version: number | undefined;
    if (bookId) {
      version = nextExportVersion(db, bookId);
      const book = getBook(db, bookId);
      // Options given here change this export only, not the stored book.
      plan = planBook(db, { ...book, ...look, options: { ...book.options, ...look.options } });
    } else {
      plan = planFromQuery(
        db,
        {
          ...DEFAULT_BOOK_SETTINGS,
          ...look,
          title: look.title ?? 'Briefing book',
          options: { ...DEFAULT_BOOK_OPTIONS, ...look.options },
        },
        query ?? {},
      );
    }
    const path = resolve(out);
    const showProgress = io.isTty && !json;
    if (format === 'docx') {
      const written = await renderDocxToFile(plan, path, { reproducible: Boolean(options.reproducible), version });
      if (bookId && version) recordExport(db, bookId, version);
      if (json) return printJson(io, { path, format, bytes: written.bytes, summaries: plan.summaryCount, ...(version ? { version } : {}) });
      return io.out(`Wrote ${path}: a Word document of ${plan.summaryCount} summaries.`);
    }
    const result = await renderBookToFile(plan, path, {
      reproducible: Boolean(options.reproducible),
      version,
      onProgress: showProgress
        ? (p) => {
            if (p.phase === 'write' && (p.done % 25 === 0 || p.done === p.total)) io.err(`Writing page ${p.done} of ${p.total}…`);
          }
        : undefined,
    });
    if (bookId && version) recordExport(db, bookId, version);
    if (json) return printJson(io, { path, pages: result.pages, bytes: result.bytes, summaries: plan.summaryCount, ...(version ? { version } : {}) });
    io.out(`Wrote ${path}: ${result.pages} pages, ${plan.summaryCount} summaries.`);
  },
};

/** PDF unless --format docx says otherwise; the file's extension must agree with the format. */
function exportFormatOf(out: string, format: string | undefined): 'pdf' | 'docx' {
  if (format !== undefined && format !== 'pdf' && format !== 'docx') throw new AppError('INVALID_REQUEST', `--format is pdf or docx, not "${format}".`);
  const chosen = format ?? (out.toLowerCase().endsWith('.docx') ? 'docx' : 'pdf');
  if (!out.toLowerCase().endsWith(`.${chosen}`)) throw new AppError('INVALID_REQUEST', `--out should name a .${chosen} file, not "${out}".`);
  return chosen;
}
