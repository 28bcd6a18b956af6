import {
  MAX_CAVEAT_LENGTH,
  MAX_COPY_NUMBER_LENGTH,
  type Book,
  type BookOptions,
  type BookPatch,
} from '../../../electron/books/book-types';
import type { ActorType } from '../../../electron/ipc/contracts/library';
import { ChoiceGroup, Field } from '../ui/Field';

interface Props {
  book: Book;
  patch(fields: BookPatch, delay?: number): void;
  typingMs: number;
}

const ACTOR_KINDS: Array<[ActorType, string]> = [
  ['person', 'People'],
  ['country', 'Countries'],
  ['organization', 'Organisations'],
];

/** Which actors get their own section when the book is grouped by actor. */
export function ActorGroupFields({ book, patch }: Omit<Props, 'typingMs'>) {
  if (book.groupBy !== 'actor' && book.groupBySecond !== 'actor') return null;
  const chosen = new Set(book.options.actorGroupTypes);
  const toggle = (kind: ActorType, on: boolean) => {
    const next = ACTOR_KINDS.map(([k]) => k).filter((k) => (k === kind ? on : chosen.has(k)));
    // At least one kind: a book grouped by actor with no actor sections would be empty.
    if (next.length) patch({ options: { actorGroupTypes: next } });
  };
  return (
    <ChoiceGroup legend="Sections for these actors (others are listed under “See also”)" layout="row">
      {ACTOR_KINDS.map(([kind, label]) => (
        <label key={kind} className="choice">
          <input type="checkbox" checked={chosen.has(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
          {label}
        </label>
      ))}
    </ChoiceGroup>
  );
}

/** Draft watermark, copy number, handling caveat, archival format: what identifies and controls a printed book. */
export function DocumentControlFields({ book, patch, typingMs }: Props) {
  const flag = (key: keyof Pick<BookOptions, 'draft' | 'pdfA' | 'sectionsOnNewPage'>, label: string) => (
    <label className="choice">
      <input type="checkbox" checked={book.options[key]} onChange={(e) => patch({ options: { [key]: e.target.checked } })} />
      {label}
    </label>
  );
  return (
    <>
      <ChoiceGroup legend="Pages" layout="grid">
        {flag('sectionsOnNewPage', 'Each section on a new page')}
        {flag('draft', 'DRAFT watermark')}
        {flag('pdfA', 'Archival PDF/A-2b')}
      </ChoiceGroup>
      <div className="field-row">
        <Field id="book-copy-number" label="Copy number">
          {(control) => (
            <input
              {...control}
              className="input"
              defaultValue={book.options.copyNumber}
              maxLength={MAX_COPY_NUMBER_LENGTH}
              placeholder="e.g. 4 of 20"
              onChange={(e) => patch({ options: { copyNumber: e.target.value } }, typingMs)}
            />
          )}
        </Field>
        <Field id="book-caveat" label="Handling caveat">
          {(control) => (
            <input
              {...control}
              className="input"
              defaultValue={book.options.handlingCaveat}
              maxLength={MAX_CAVEAT_LENGTH}
              placeholder="e.g. Not to be copied or forwarded"
              onChange={(e) => patch({ options: { handlingCaveat: e.target.value } }, typingMs)}
            />
          )}
        </Field>
      </div>
    </>
  );
}
