import { useState, type ChangeEvent } from 'react';
import { Field } from '../ui/Field';
import { CLASSIFICATION_PRESETS, MAX_MARKING_LENGTH, titleProblem } from '../../../common/book-options';
import { ISO_DATE_PATTERN } from '../../../common/primitives';
import type { Book, BookPatch, GroupBy, GroupKey } from '../../../electron/ipc/contracts/books';
import { BookOptionFields } from './BookOptionFields';
import { TYPING_MS } from './useBookEditor';

interface Props {
  book: Book;
  patch(fields: BookPatch, delay?: number): void;
}

const GROUP_LABEL: Record<GroupKey, string> = { forum: 'Forum', theme: 'Theme', actor: 'Actor' };

/** The cover fields and the layout choices of a book. */
export function BookSettingsForm({ book, patch }: Props) {
  return (
    <form className="book-settings" aria-label="Book settings" onSubmit={(e) => e.preventDefault()}>
      <h2 className="section-title">Cover</h2>
      <CoverFields book={book} patch={patch} />
      <h2 className="section-title">Layout</h2>
      <LayoutFields book={book} patch={patch} />
      <BookOptionFields part="layout" book={book} patch={patch} />
      <h2 className="section-title">Document control</h2>
      <BookOptionFields part="document-control" book={book} patch={patch} />
    </form>
  );
}

/** Title (refused in words while too long or empty; the stored one stays), subtitle, who for and by, date, marking, purpose. */
function CoverFields({ book, patch }: Props) {
  const [title, setTitle] = useState(book.title);
  const titleError = titleProblem(title);
  const [date, setDate] = useState(book.date ?? '');
  const marking = useMarkingChoice(book);
  const text = (name: 'subtitle' | 'preparedFor' | 'preparedBy' | 'purpose') => ({
    value: book[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => patch({ [name]: e.target.value }, TYPING_MS),
  });
  return (
    <>
      <Field id="book-title" label="Book title" error={titleError}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={title}
            data-autofocus
            onChange={(e) => {
              setTitle(e.target.value);
              if (!titleProblem(e.target.value)) patch({ title: e.target.value.trim() }, TYPING_MS);
            }}
          />
        )}
      </Field>
      <Field id="book-subtitle" label="Subtitle">
        {(control) => <input {...control} className="input" {...text('subtitle')} />}
      </Field>
      <div className="field-row">
        <Field id="book-for" label="Prepared for">
          {(control) => <input {...control} className="input" {...text('preparedFor')} />}
        </Field>
        <Field id="book-by" label="Prepared by">
          {(control) => <input {...control} className="input" {...text('preparedBy')} />}
        </Field>
      </div>
      <div className="field-row">
        <Field id="book-date" label="Date" hint="YYYY, YYYY-MM or YYYY-MM-DD" invalid={date.trim() !== '' && !ISO_DATE_PATTERN.test(date.trim())}>
          {(control) => (
            <input
              {...control}
              className="input"
              placeholder="YYYY-MM-DD"
              value={date}
              onChange={(e) => {
                const v = e.target.value.trim();
                setDate(e.target.value);
                if (v === '') patch({ date: null }, TYPING_MS);
                else if (ISO_DATE_PATTERN.test(v)) patch({ date: v }, TYPING_MS);
              }}
            />
          )}
        </Field>
        <MarkingSelect marking={marking} patch={patch} />
      </div>
      {marking.choice === 'custom' && <CustomMarkingField book={book} marking={marking} patch={patch} />}
      <Field id="book-purpose" label="Purpose">
        {(control) => <textarea {...control} className="textarea" rows={3} placeholder="Why this book, for whom, for which meeting" {...text('purpose')} />}
      </Field>
    </>
  );
}

type Marking = ReturnType<typeof useMarkingChoice>;

/**
 * The classification marking: one of the presets, or "Other marking…" with a field for
 * the user's own (saved once it is not empty).
 */
function useMarkingChoice(book: Book) {
  const isPreset = (CLASSIFICATION_PRESETS as readonly string[]).includes(book.classification);
  const [editingCustom, setEditingCustom] = useState(!isPreset);
  const choice = !editingCustom && isPreset ? book.classification : 'custom';
  return { isPreset, choice, setEditingCustom };
}

function MarkingSelect({ marking, patch }: { marking: Marking; patch: Props['patch'] }) {
  return (
    <Field id="book-marking" label="Classification marking">
      {(control) => (
        <select
          {...control}
          className="select"
          value={marking.choice}
          onChange={(e) => {
            marking.setEditingCustom(e.target.value === 'custom');
            if (e.target.value !== 'custom') patch({ classification: e.target.value });
          }}
        >
          {CLASSIFICATION_PRESETS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
          <option value="custom">Other marking…</option>
        </select>
      )}
    </Field>
  );
}

function CustomMarkingField({ book, marking, patch }: Props & { marking: Marking }) {
  return (
    <Field id="book-marking-text" label="Custom marking" hint={`Printed at the top and bottom of every page; at most ${MAX_MARKING_LENGTH} characters`}>
      {(control) => (
        <input
          {...control}
          className="input"
          defaultValue={marking.isPreset ? '' : book.classification}
          placeholder="e.g. OFFICIAL-SENSITIVE"
          maxLength={MAX_MARKING_LENGTH}
          onChange={(e) => e.target.value.trim() && patch({ classification: e.target.value.trim() }, TYPING_MS)}
        />
      )}
    </Field>
  );
}

/** One or two levels of grouping, and the order of groups and of items. */
function LayoutFields({ book, patch }: Props) {
  const secondChoices = (['forum', 'theme', 'actor'] as const).filter((k) => k !== book.groupBy);
  return (
    <>
      <div className="field-row">
        <Field id="book-group" label="Group by">
          {(control) => (
            <select
              {...control}
              className="select"
              value={book.groupBy}
              onChange={(e) => {
                const groupBy = e.target.value as GroupBy;
                patch({ groupBy, groupBySecond: groupBy === 'none' || book.groupBySecond === groupBy ? null : book.groupBySecond });
              }}
            >
              <option value="forum">Forum</option>
              <option value="theme">Theme</option>
              <option value="actor">Actor</option>
              <option value="none">No grouping</option>
            </select>
          )}
        </Field>
        <Field id="book-group-second" label="Then by">
          {(control) => (
            <select
              {...control}
              className="select"
              value={book.groupBySecond ?? ''}
              disabled={book.groupBy === 'none'}
              onChange={(e) => patch({ groupBySecond: (e.target.value || null) as GroupKey | null })}
            >
              <option value="">No second level</option>
              {secondChoices.map((k) => (
                <option key={k} value={k}>
                  {GROUP_LABEL[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field id="book-group-order" label="Group order">
          {(control) => (
            <select {...control} className="select" value={book.groupOrder} onChange={(e) => patch({ groupOrder: e.target.value as Book['groupOrder'] })}>
              <option value="alpha">Alphabetical</option>
              <option value="count">Most summaries first</option>
              <option value="manual">As arranged</option>
            </select>
          )}
        </Field>
        <Field id="book-item-order" label="Item order">
          {(control) => (
            <select {...control} className="select" value={book.itemOrder} onChange={(e) => patch({ itemOrder: e.target.value as Book['itemOrder'] })}>
              <option value="date-asc">Oldest first</option>
              <option value="date-desc">Newest first</option>
              <option value="manual">As arranged</option>
            </select>
          )}
        </Field>
      </div>
    </>
  );
}
