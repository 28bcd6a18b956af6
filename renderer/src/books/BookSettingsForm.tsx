import { useState } from 'react';
import { ActorGroupFields, DocumentControlFields } from './DocumentControlFields';
import { CLASSIFICATION_PRESETS, MAX_MARKING_LENGTH, titleProblem, type Book, type BookPatch, type GroupBy, type GroupKey } from '../../../electron/books/book-types';

interface Props {
  book: Book;
  patch(fields: BookPatch, delay?: number): void;
}

/** Typing is saved once the user pauses; choices (selects, boxes) are saved at once. */
const TYPING_MS = 300;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const GROUP_LABEL: Record<GroupKey, string> = { forum: 'Forum', theme: 'Theme', actor: 'Actor' };

/** The cover fields and the layout choices of a book. */
export function BookSettingsForm({ book, patch }: Props) {
  const [title, setTitle] = useState(book.title);
  // Refused here, in words, before anything is sent: the stored title stays until this clears.
  const titleError = titleProblem(title);
  const [date, setDate] = useState(book.date ?? '');
  const isPreset = (CLASSIFICATION_PRESETS as readonly string[]).includes(book.classification);
  const [editingCustom, setEditingCustom] = useState(!isPreset);
  const markingChoice = !editingCustom && isPreset ? book.classification : 'custom';
  const text = (name: 'subtitle' | 'preparedFor' | 'preparedBy' | 'purpose') => ({
    value: book[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => patch({ [name]: e.target.value }, TYPING_MS),
  });
  const secondChoices = (['forum', 'theme', 'actor'] as const).filter((k) => k !== book.groupBy);

  return (
    <form className="book-settings" aria-label="Book settings" onSubmit={(e) => e.preventDefault()}>
      <h2 className="section-title">Cover</h2>
      <div className="field">
        <label className="field-label" htmlFor="book-title">
          Book title
        </label>
        <input
          id="book-title"
          className="input"
          value={title}
          data-autofocus
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? 'book-title-error' : undefined}
          onChange={(e) => {
            setTitle(e.target.value);
            if (!titleProblem(e.target.value)) patch({ title: e.target.value.trim() }, TYPING_MS);
          }}
        />
        {titleError && (
          <span id="book-title-error" className="field-hint is-error" role="alert">
            {titleError}
          </span>
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor="book-subtitle">
          Subtitle
        </label>
        <input id="book-subtitle" className="input" {...text('subtitle')} />
      </div>
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor="book-for">
            Prepared for
          </label>
          <input id="book-for" className="input" {...text('preparedFor')} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="book-by">
            Prepared by
          </label>
          <input id="book-by" className="input" {...text('preparedBy')} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor="book-date">
            Date
          </label>
          <input
            id="book-date"
            className="input"
            placeholder="YYYY-MM-DD"
            value={date}
            aria-invalid={(date !== '' && !DATE.test(date)) || undefined}
            aria-describedby="book-date-hint"
            onChange={(e) => {
              const v = e.target.value.trim();
              setDate(e.target.value);
              if (v === '') patch({ date: null }, TYPING_MS);
              else if (DATE.test(v)) patch({ date: v }, TYPING_MS);
            }}
          />
          <span id="book-date-hint" className={`field-hint${date !== '' && !DATE.test(date.trim()) ? ' is-error' : ''}`}>
            YYYY, YYYY-MM or YYYY-MM-DD
          </span>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="book-marking">
            Classification marking
          </label>
          <select
            id="book-marking"
            className="select"
            value={markingChoice}
            onChange={(e) => {
              if (e.target.value === 'custom') {
                setEditingCustom(true);
              } else {
                setEditingCustom(false);
                patch({ classification: e.target.value });
              }
            }}
          >
            {CLASSIFICATION_PRESETS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
            <option value="custom">Other marking…</option>
          </select>
        </div>
      </div>
      {markingChoice === 'custom' && (
        <div className="field">
          <label className="field-label" htmlFor="book-marking-text">
            Custom marking
          </label>
          <input
            id="book-marking-text"
            className="input"
            defaultValue={isPreset ? '' : book.classification}
            placeholder="e.g. OFFICIAL-SENSITIVE"
            maxLength={MAX_MARKING_LENGTH}
            aria-describedby="book-marking-hint"
            onChange={(e) => e.target.value.trim() && patch({ classification: e.target.value.trim() }, TYPING_MS)}
          />
          <span id="book-marking-hint" className="field-hint">
            Printed at the top and bottom of every page; at most {MAX_MARKING_LENGTH} characters
          </span>
        </div>
      )}
      <div className="field">
        <label className="field-label" htmlFor="book-purpose">
          Purpose
        </label>
        <textarea id="book-purpose" className="textarea" rows={3} placeholder="Why this book, for whom, for which meeting" {...text('purpose')} />
      </div>

      <h2 className="section-title">Layout</h2>
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor="book-group">
            Group by
          </label>
          <select
            id="book-group"
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
        </div>
        <div className="field">
          <label className="field-label" htmlFor="book-group-second">
            Then by
          </label>
          <select
            id="book-group-second"
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
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor="book-group-order">
            Group order
          </label>
          <select id="book-group-order" className="select" value={book.groupOrder} onChange={(e) => patch({ groupOrder: e.target.value as Book['groupOrder'] })}>
            <option value="alpha">Alphabetical</option>
            <option value="count">Most summaries first</option>
            <option value="manual">As arranged</option>
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="book-item-order">
            Item order
          </label>
          <select id="book-item-order" className="select" value={book.itemOrder} onChange={(e) => patch({ itemOrder: e.target.value as Book['itemOrder'] })}>
            <option value="date-asc">Oldest first</option>
            <option value="date-desc">Newest first</option>
            <option value="manual">As arranged</option>
          </select>
        </div>
      </div>
      <ActorGroupFields book={book} patch={patch} />
      <fieldset className="field">
        <legend className="field-label">Summary text</legend>
        <div className="choice-row">
          <label className="choice">
            <input type="radio" name="text-mode" checked={!book.options.keyPointsOnly} onChange={() => patch({ options: { keyPointsOnly: false } })} />
            Full text
          </label>
          <label className="choice">
            <input type="radio" name="text-mode" checked={book.options.keyPointsOnly} onChange={() => patch({ options: { keyPointsOnly: true } })} />
            Key points only
          </label>
        </div>
      </fieldset>
      <fieldset className="field">
        <legend className="field-label">Include</legend>
        <div className="choice-grid">
          {(
            [
              ['includeNotes', 'Notes'],
              ['includeSources', 'Sources'],
              ['crossReferences', 'Cross-references'],
              ['actorIndex', 'Actor index'],
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="choice">
              <input type="checkbox" checked={book.options[key]} onChange={(e) => patch({ options: { [key]: e.target.checked } })} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor="book-paper">
          Paper
        </label>
        <select id="book-paper" className="select" value={book.options.paper} onChange={(e) => patch({ options: { paper: e.target.value as 'a4' | 'letter' } })}>
          <option value="a4">A4</option>
          <option value="letter">US Letter</option>
        </select>
      </div>
      <h2 className="section-title">Document control</h2>
      <DocumentControlFields book={book} patch={patch} typingMs={TYPING_MS} />
    </form>
  );
}
