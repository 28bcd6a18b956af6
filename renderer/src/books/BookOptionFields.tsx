import { z } from 'zod';
import { BOOK_OPTION_KEYS, BOOK_OPTIONS, type BookOptionKey, type BookOptionSection } from '../../../common/book-options';
import type { Book, BookPatch } from '../../../electron/ipc/contracts/books';
import { ChoiceGroup, Field } from '../ui/Field';
import { TYPING_MS } from './useBookEditor';

interface Props {
  book: Book;
  patch(fields: BookPatch, delay?: number): void;
}

/** The two parts of the settings form that hold options: under Layout, and under Document control. */
export type OptionPart = 'layout' | 'document-control';

interface SectionView {
  part: OptionPart;
  /** The caption over the section's choices (a section of one list option may use the option's label). */
  legend?: string;
  /** Choices in a row or a grid under the caption, or each option a labelled field of its own. */
  layout: 'row' | 'grid' | 'fields';
  /** Shown only for the books this is true of. */
  shownFor?(book: Book): boolean;
}

/**
 * Where and how the form shows each section of options, in the order shown (common/book-options
 * says which section an option is in).
 */
const SECTIONS: Record<BookOptionSection, SectionView> = {
  'actor-groups': { part: 'layout', layout: 'row', shownFor: (book) => book.groupBy === 'actor' || book.groupBySecond === 'actor' },
  'summary-text': { part: 'layout', legend: 'Summary text', layout: 'row' },
  include: { part: 'layout', legend: 'Include', layout: 'grid' },
  paper: { part: 'layout', layout: 'fields' },
  pages: { part: 'document-control', legend: 'Pages', layout: 'grid' },
  'document-control': { part: 'document-control', layout: 'fields' },
};
const SECTION_ORDER = Object.keys(SECTIONS) as BookOptionSection[];

/**
 * The book's print options of one part of the form, each drawn from its descriptor in
 * common/book-options (label, help as the control's tooltip, choices, placeholder, limits):
 * an option added there appears here without a change to this file.
 */
export function BookOptionFields({ part, book, patch }: Props & { part: OptionPart }) {
  return SECTION_ORDER.filter((section) => SECTIONS[section].part === part).map((section) => (
    <OptionSection key={section} section={section} book={book} patch={patch} />
  ));
}

function OptionSection({ section, book, patch }: Props & { section: BookOptionSection }) {
  const view = SECTIONS[section];
  const keys = BOOK_OPTION_KEYS.filter((key) => BOOK_OPTIONS[key].ui.section === section);
  if (keys.length === 0 || (view.shownFor && !view.shownFor(book))) return null;
  if (view.layout === 'fields') {
    const fields = keys.map((key) => <OptionField key={key} option={key} book={book} patch={patch} />);
    return fields.length > 1 ? <div className="field-row">{fields}</div> : fields;
  }
  return (
    <ChoiceGroup legend={view.legend ?? BOOK_OPTIONS[keys[0]!].label} layout={view.layout}>
      {keys.map((key) => (
        <OptionChoices key={key} option={key} book={book} patch={patch} />
      ))}
    </ChoiceGroup>
  );
}

interface OptionProps extends Props {
  option: BookOptionKey;
}

function setOption(patch: Props['patch'], option: BookOptionKey, value: unknown, delay?: number): void {
  patch({ options: { [option]: value } }, delay);
}

/**
 * An option as choices in its section's group: a yes/no option as one checkbox (or, when it
 * names its two choices, two radio buttons); a list option as one checkbox per value, never
 * left with fewer than its schema accepts.
 */
function OptionChoices({ option, book, patch }: OptionProps) {
  const { schema, label, help, ui } = BOOK_OPTIONS[option];
  const value: unknown = book.options[option];
  if (schema instanceof z.ZodArray) {
    const chosen = new Set(value as string[]);
    const toggle = (item: string, on: boolean) => {
      const next = (ui.choices ?? []).map(([v]) => v).filter((v) => (v === item ? on : chosen.has(v)));
      if (schema.safeParse(next).success) setOption(patch, option, next);
    };
    return (ui.choices ?? []).map(([item, itemLabel]) => (
      <label key={item} className="choice" title={help}>
        <input type="checkbox" checked={chosen.has(item)} onChange={(e) => toggle(item, e.target.checked)} />
        {itemLabel}
      </label>
    ));
  }
  if (ui.choices) {
    const isBoolean = schema instanceof z.ZodBoolean;
    return ui.choices.map(([choice, choiceLabel]) => (
      <label key={choice} className="choice" title={help}>
        <input type="radio" name={`book-${option}`} checked={String(value) === choice} onChange={() => setOption(patch, option, isBoolean ? choice === 'true' : choice)} />
        {choiceLabel}
      </label>
    ));
  }
  return (
    <label className="choice" title={help}>
      <input type="checkbox" checked={value === true} onChange={(e) => setOption(patch, option, e.target.checked)} />
      {label}
    </label>
  );
}

/** An option as a labelled field: one of its named values (a select), or text saved once typing pauses. */
function OptionField({ option, book, patch }: OptionProps) {
  const { schema, label, help, ui } = BOOK_OPTIONS[option];
  const value: unknown = book.options[option];
  return (
    <Field id={`book-${option}`} label={label}>
      {(control) =>
        ui.choices ? (
          <select {...control} className="select" title={help} value={String(value)} onChange={(e) => setOption(patch, option, e.target.value)}>
            {ui.choices.map(([choice, choiceLabel]) => (
              <option key={choice} value={choice}>
                {choiceLabel}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...control}
            className="input"
            title={help}
            defaultValue={String(value)}
            maxLength={schema instanceof z.ZodString ? (schema.maxLength ?? undefined) : undefined}
            placeholder={ui.placeholder}
            onChange={(e) => setOption(patch, option, e.target.value, TYPING_MS)}
          />
        )
      }
    </Field>
  );
}
