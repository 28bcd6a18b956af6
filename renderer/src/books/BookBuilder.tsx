import { useEffect, useRef, useState } from 'react';
import { useToasts } from '../ui/Toasts';
import { AddFromLibrary } from './AddFromLibrary';
import { BookContents } from './BookContents';
import { BookSettingsForm } from './BookSettingsForm';
import type { ExportFormat } from '../../../electron/ipc/contracts/books';
import { ExportBookDialog } from './ExportBookDialog';
import { FrontMatterPanel } from './FrontMatterPanel';
import { ItemNotesDialog } from './ItemNotesDialog';
import { PdfPreview } from './PdfPreview';
import { useBookEditor } from './useBookEditor';
import './books.css';

interface Props {
  bookId: string;
  /** Just created: focus starts in the title field, its placeholder title selected. */
  isNew: boolean;
  /** Grows when File > Export asks to export this book. */
  exportRequest: number;
  onBack(): void;
  onChanged(): void;
}

/** Settings, contents and the live preview of one book, side by side. */
export function BookBuilder({ bookId, isNew, exportRequest, onBack, onChanged }: Props) {
  const editor = useBookEditor(bookId, onChanged);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [notesFor, setNotesFor] = useState<{ id: string; title: string } | null>(null);
  const { book, outline, saveNow } = editor;
  const toasts = useToasts();
  const handledExport = useRef(exportRequest);
  const summaryCount = book ? countSummaries(outline) : null;
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = book !== null;

  // The button that opened the builder is gone: focus lands in it, not on <body>.
  useEffect(() => {
    if (!loaded) return;
    const title = document.getElementById('book-title') as HTMLInputElement | null;
    if (isNew && title) title.select();
    else heading.current?.focus();
  }, [loaded, isNew]);

  // File > Export: the same flow as the Export PDF button, once the book has loaded.
  useEffect(() => {
    if (exportRequest === handledExport.current || summaryCount === null) return;
    handledExport.current = exportRequest;
    if (summaryCount > 0) void saveNow().then(() => setExporting('pdf'));
    else toasts.show({ message: 'This book has no summaries yet; add some before exporting.', tone: 'info' });
  }, [exportRequest, summaryCount, toasts, saveNow]);

  if (!book) {
    return (
      <div className="builder-loading" role="status">
        {editor.error ?? 'Opening the book…'}
      </div>
    );
  }
  const summaries = countSummaries(outline);

  return (
    <div className="builder">
      <div className="builder-bar">
        <button type="button" className="button button-quiet" onClick={onBack}>
          ‹ All books
        </button>
        <h2 className="builder-title" ref={heading} tabIndex={-1}>
          {book.title}
        </h2>
        <span className="builder-save-state field-hint" role="status">
          {editor.error ? '' : editor.saving ? 'Saving…' : 'All changes saved'}
        </span>
        <button type="button" className="button" disabled={summaries === 0} onClick={() => void editor.saveNow().then(() => setExporting('docx'))}>
          Export Word…
        </button>
        <button type="button" className="button button-primary" disabled={summaries === 0} onClick={() => void editor.saveNow().then(() => setExporting('pdf'))}>
          Export PDF
        </button>
      </div>
      {editor.error && (
        <p className="field-error builder-error" role="alert">
          {editor.error}
        </p>
      )}
      <div className="builder-panes">
        <div className="builder-pane builder-settings">
          <BookSettingsForm key={book.id} book={book} patch={editor.patch} />
          <FrontMatterPanel key={`front:${book.id}`} bookId={book.id} saveBriefing={editor.saveBriefing} />
        </div>
        <section className="builder-pane builder-contents" aria-labelledby="contents-title">
          <h2 id="contents-title" className="section-title" tabIndex={-1} data-focus-key="contents">
            Contents · {summaries} {summaries === 1 ? 'summary' : 'summaries'}
          </h2>
          <AddFromLibrary book={book} apply={editor.apply} />
          <BookContents book={book} outline={outline} apply={editor.apply} patch={editor.patch} onNotes={setNotesFor} />
        </section>
        <PdfPreview bookId={book.id} revision={editor.revision} hasContent={summaries > 0} />
      </div>
      {notesFor && <ItemNotesDialog bookId={book.id} item={notesFor} saveBriefing={editor.saveBriefing} onClose={() => setNotesFor(null)} />}
      {exporting && <ExportBookDialog bookId={book.id} bookTitle={book.title} format={exporting} onClose={() => setExporting(null)} />}
    </div>
  );
}

function countSummaries(outline: ReturnType<typeof useBookEditor>['outline']): number {
  const ids = new Set<string>();
  const walk = (sections: typeof outline) => {
    for (const s of sections) {
      for (const i of s.items) ids.add(i.id);
      walk(s.subsections);
    }
  };
  walk(outline);
  return ids.size;
}
