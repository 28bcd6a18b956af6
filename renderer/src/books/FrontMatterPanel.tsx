import { EMPTY_FRONT_MATTER, MAX_NOTE_LENGTH, MAX_PROGRAMME_CELL, MAX_PROGRAMME_ROWS, PRESS_PRESETS } from '../../../common/briefing';
import type { FrontMatter, ProgrammeRow } from '../../../electron/ipc/contracts/books';
import { briefing, unwrap } from '../api/briefing';
import { Field } from '../ui/Field';
import { MARKDOWN_HINT } from './ItemNotesDialog';
import { lengthProblem, useBriefingDraft } from './useBriefingDraft';

interface Props {
  bookId: string;
  saveBriefing(write: () => Promise<unknown>): Promise<void>;
}

const TEXTS = [
  { key: 'purpose', label: 'Purpose of the meeting' },
  { key: 'objectives', label: 'Objectives' },
  { key: 'keyMessages', label: 'Key messages' },
  { key: 'participants', label: 'Participants' },
] as const;

const CELLS = [
  { key: 'time', label: 'Time' },
  { key: 'item', label: 'Item' },
  { key: 'participants', label: 'Participants' },
  { key: 'press', label: 'Press' },
] as const;

function frontProblem(front: FrontMatter): string | undefined {
  for (const t of TEXTS) {
    const p = lengthProblem(t.label, front[t.key], MAX_NOTE_LENGTH);
    if (p) return p;
  }
  for (const [i, row] of front.programme.entries()) {
    for (const c of CELLS) {
      const p = lengthProblem(`Row ${i + 1}'s ${c.label.toLowerCase()}`, row[c.key], MAX_PROGRAMME_CELL[c.key]);
      if (p) return p;
    }
  }
  return undefined;
}

const EMPTY_ROW: ProgrammeRow = { time: '', item: '', participants: '', press: '' };

/** The book's front matter, printed after the cover: four texts and the programme table. */
export function FrontMatterPanel({ bookId, saveBriefing }: Props) {
  const { draft, change, loadError } = useBriefingDraft<FrontMatter>(
    async () => (await unwrap(briefing().books.getFrontMatter({ bookId }))) ?? EMPTY_FRONT_MATTER,
    (front) => saveBriefing(() => unwrap(briefing().books.setFrontMatter({ bookId, front }))),
    frontProblem,
  );
  return (
    <section className="book-settings front-matter" aria-labelledby="front-matter-title">
      <h2 className="section-title" id="front-matter-title">
        Front matter
      </h2>
      <p className="field-hint">Printed after the cover, before the contents; each part only when filled in. {MARKDOWN_HINT}</p>
      {loadError && <p className="field-error" role="alert">{loadError}</p>}
      {draft && (
        <>
          {TEXTS.slice(0, 3).map((t) => (
            <FrontText key={t.key} name={t.key} label={t.label} front={draft} change={change} />
          ))}
          <ProgrammeTable front={draft} change={change} />
          <FrontText name="participants" label="Participants" front={draft} change={change} />
        </>
      )}
    </section>
  );
}

function FrontText({ name, label, front, change }: { name: (typeof TEXTS)[number]['key']; label: string; front: FrontMatter; change(f: FrontMatter): void }) {
  return (
    <Field id={`front-${name}`} label={label} error={lengthProblem(label, front[name], MAX_NOTE_LENGTH)}>
      {(control) => <textarea {...control} className="input" rows={3} value={front[name]} onChange={(e) => change({ ...front, [name]: e.target.value })} />}
    </Field>
  );
}

/** The programme: one row per agenda item (time, item, participants, press); rows are added, removed and moved with their buttons. */
function ProgrammeTable({ front, change }: { front: FrontMatter; change(f: FrontMatter): void }) {
  const rows = front.programme;
  const setRows = (programme: ProgrammeRow[]) => change({ ...front, programme });
  const move = (i: number, by: -1 | 1) => {
    const next = [...rows];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    setRows(next);
  };
  return (
    <div className="programme">
      <h3 className="programme-title" id="programme-title">
        Programme
      </h3>
      {rows.length > 0 && (
        <ol className="programme-rows" aria-labelledby="programme-title">
          {rows.map((row, i) => (
            <li key={i} className="programme-row">
              <fieldset>
                <legend>Row {i + 1}</legend>
                {CELLS.map((c) => (
                  <div key={c.key} className={`programme-cell programme-${c.key}`}>
                    <span className="programme-cell-label" aria-hidden="true">
                      {c.label}
                    </span>
                    <input
                      className="input"
                      aria-label={`${c.label}, row ${i + 1}`}
                      value={row[c.key]}
                      list={c.key === 'press' ? 'press-presets' : undefined}
                      aria-invalid={row[c.key].length > MAX_PROGRAMME_CELL[c.key] || undefined}
                      onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, [c.key]: e.target.value } : r)))}
                    />
                  </div>
                ))}
                <div className="programme-actions">
                  <button type="button" className="icon-button" aria-label={`Move row ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button type="button" className="icon-button" aria-label={`Move row ${i + 1} down`} disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
                    ↓
                  </button>
                  <button type="button" className="icon-button" aria-label={`Remove row ${i + 1}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                    ×
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <datalist id="press-presets">
        {PRESS_PRESETS.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {frontProblem(front) && <p className="field-error" role="alert">{frontProblem(front)}</p>}
      <button type="button" className="button button-small" disabled={rows.length >= MAX_PROGRAMME_ROWS} onClick={() => setRows([...rows, EMPTY_ROW])}>
        Add programme row
      </button>
    </div>
  );
}
