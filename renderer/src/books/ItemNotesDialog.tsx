import { EMPTY_NOTES, MAX_NOTE_LENGTH, NOTE_FIELDS } from '../../../common/briefing';
import type { BriefingNotes } from '../../../electron/ipc/contracts/books';
import { briefing, unwrap } from '../api/briefing';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { lengthProblem, useBriefingDraft } from './useBriefingDraft';

interface Props {
  bookId: string;
  item: { id: string; title: string };
  saveBriefing(write: () => Promise<unknown>): Promise<void>;
  onClose(): void;
}

export const MARKDOWN_HINT = 'Blank line between paragraphs; "- " starts a bullet; **bold**, *italic*.';

function notesProblem(notes: BriefingNotes): string | undefined {
  for (const f of NOTE_FIELDS) {
    const p = lengthProblem(f.label, notes[f.key], MAX_NOTE_LENGTH);
    if (p) return p;
  }
  return undefined;
}

/** The book's own notes on one item: five fields, saved as you type, printed under its heading. */
export function ItemNotesDialog({ bookId, item, saveBriefing, onClose }: Props) {
  const { draft, change, flush, loadError } = useBriefingDraft<BriefingNotes>(
    async () => (await unwrap(briefing().books.getNotes({ bookId, summaryId: item.id }))) ?? EMPTY_NOTES,
    (notes) => saveBriefing(() => unwrap(briefing().books.setNotes({ bookId, summaryId: item.id, notes }))),
    notesProblem,
  );
  const close = () => {
    flush();
    onClose();
  };
  return (
    <Dialog
      title={`Notes: ${item.title}`}
      onClose={close}
      wide
      footer={
        <button type="button" className="button button-primary" onClick={close}>
          Done
        </button>
      }
    >
      {loadError && <p className="field-error" role="alert">{loadError}</p>}
      {!draft && !loadError && <p role="status">Loading the notes…</p>}
      {draft && (
        <div className="notes-fields">
          <p className="field-hint">Printed under the summary's heading in this book only. {MARKDOWN_HINT} Saved as you type.</p>
          {NOTE_FIELDS.map((f) => (
            <Field key={f.key} id={`note-${f.key}`} label={f.label} error={lengthProblem(f.label, draft[f.key], MAX_NOTE_LENGTH)}>
              {(control) => (
                <textarea {...control} className="input notes-text" rows={f.key === 'pointsToMake' ? 5 : 3} value={draft[f.key]} onChange={(e) => change({ ...draft, [f.key]: e.target.value })} />
              )}
            </Field>
          ))}
        </div>
      )}
    </Dialog>
  );
}
