import type { ReactNode } from 'react';

/** What a field's control needs to be labelled and described: pass it on to the input or select. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  /** The control's id; its hint and error take ids made from it. */
  id: string;
  label: ReactNode;
  /** Help under the control, always shown (in the error colour while `invalid`). */
  hint?: ReactNode;
  /** The value does not fit the hint's rule: the control is marked invalid. */
  invalid?: boolean;
  /** Why the value is refused, announced as it appears; the control is marked invalid. */
  error?: string;
  children(control: ControlProps): ReactNode;
}

/**
 * One labelled control: label, control, help and error in the app's field layout, with the
 * control described by its help and error so a screen reader reads them with it.
 */
export function Field({ id, label, hint, invalid, error, children }: FieldProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': invalid || error ? true : undefined })}
      {hintId && (
        <span id={hintId} className={`field-hint${invalid ? ' is-error' : ''}`}>
          {hint}
        </span>
      )}
      {errorId && (
        <span id={errorId} className="field-hint is-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** A group of radio buttons or checkboxes under one caption, in a row or a grid. */
export function ChoiceGroup({ legend, layout, children }: { legend: ReactNode; layout: 'row' | 'grid'; children: ReactNode }) {
  return (
    <fieldset className="field">
      <legend className="field-label">{legend}</legend>
      <div className={`choice-${layout}`}>{children}</div>
    </fieldset>
  );
}
