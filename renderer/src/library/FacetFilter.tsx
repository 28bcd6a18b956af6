import { memo, useState } from 'react';
import type { EntityKind, FacetCount } from '../../../electron/ipc/contracts/library';
import { formatCount } from '../format';

interface Props {
  kind: EntityKind;
  label: string;
  /** "forums", "themes", "actors": for the filter field and the messages. */
  plural: string;
  options: FacetCount[];
  chosen: string[];
  onChange(chosen: string[] | undefined): void;
}

/** Shown before "type to find more": long enough for a glance, short enough to scan. */
const SHOWN = 8;

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * One facet as a list of boxes: several values mean any of them (EAS or ARF), with a field
 * that narrows the list as one types, instead of a dropdown of hundreds of names. Chosen
 * values stay on top even when the current results no longer count them.
 */
export const FacetFilter = memo(function FacetFilter({ kind, label, plural, options, chosen, onChange }: Props) {
  const [typed, setTyped] = useState('');
  const wanted = fold(typed.trim());
  const chosenSet = new Set(chosen);
  const counted = new Map(options.map((o) => [o.name, o.count]));
  const rest = options.filter((o) => !chosenSet.has(o.name) && (!wanted || fold(o.name).includes(wanted)));
  const shown = rest.slice(0, wanted ? 50 : SHOWN);
  const hidden = rest.length - shown.length;
  const toggle = (name: string, on: boolean) => {
    const next = on ? [...chosen, name] : chosen.filter((n) => n !== name);
    onChange(next.length ? next : undefined);
  };
  const box = (name: string, count: number | undefined, on: boolean) => (
    <li key={name}>
      <label className="facet-option">
        <input type="checkbox" checked={on} onChange={(e) => toggle(name, e.target.checked)} />
        <span className="facet-name" dir="auto">
          {name}
        </span>{' '}
        <span className="facet-count">{count === undefined ? '' : `(${formatCount(count)})`}</span>
      </label>
    </li>
  );

  return (
    <fieldset className="field facet" aria-describedby={`facet-${kind}-hint`}>
      <legend className="field-label">{label}</legend>
      {options.length > SHOWN && (
        <input
          type="search"
          className="input input-small facet-search"
          aria-label={`Filter ${plural}`}
          placeholder={`Type to find ${plural}…`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      )}
      <ul className="facet-options">
        {chosen.map((name) => box(name, counted.get(name), true))}
        {shown.map((o) => box(o.name, o.count, false))}
      </ul>
      <p id={`facet-${kind}-hint`} className="field-hint facet-hint">
        {options.length === 0 && chosen.length === 0
          ? `No ${plural} in these results.`
          : hidden > 0
            ? `${formatCount(hidden)} more: type to find them.`
            : wanted && shown.length === 0
              ? `No ${plural} match “${typed.trim()}”.`
              : chosen.length > 1
                ? `Any of the ${formatCount(chosen.length)} chosen.`
                : ''}
      </p>
    </fieldset>
  );
});
