import { memo } from 'react';
import type { EntityKind } from '../../../electron/library/types';
import { formatCount } from '../format';
import type { Facets, LibraryQuery } from './useSearch';

const KINDS: Array<{ kind: EntityKind; label: string; any: string }> = [
  { kind: 'forum', label: 'Forum', any: 'Any forum' },
  { kind: 'theme', label: 'Theme', any: 'Any theme' },
  { kind: 'actor', label: 'Actor', any: 'Any actor' },
];

/** The parts of a query this panel sets. */
export type LibraryFilters = Pick<LibraryQuery, 'forum' | 'theme' | 'actor' | 'from' | 'to'>;

interface Props {
  filters: LibraryFilters;
  facets: Facets;
  /** Applies a change to the query (the other fields, such as the search text, stay). */
  onChange(patch: Partial<LibraryQuery>): void;
}

const CLEARED: LibraryFilters = { forum: undefined, theme: undefined, actor: undefined, from: undefined, to: undefined };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Forum / theme / actor filters with counts over the current results, and a date range.
 * A range that ends before it starts is marked here and refused by the main process; the
 * results are then cleared (useSearch), and the status says why.
 *
 * It takes only the filters, not the whole query, so typing in the search field does not
 * re-render its few hundred options (only new facet counts do).
 */
export const FilterPanel = memo(function FilterPanel({ filters, facets, onChange }: Props) {
  const badRange = Boolean(filters.from && filters.to && filters.from > filters.to);
  const active = KINDS.some(({ kind }) => (filters[kind]?.length ?? 0) > 0) || filters.from || filters.to;

  return (
    <aside className="filters" aria-label="Filters">
      <div className="filters-header">
        <h2 className="section-title">Filters</h2>
        {active && (
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(CLEARED)}
          >
            Clear all
          </button>
        )}
      </div>
      {KINDS.map(({ kind, label, any }) => {
        const chosen = filters[kind]?.[0] ?? '';
        const options = facets[kind];
        const chosenMissing = chosen && !options.some((f) => f.name === chosen);
        return (
          <div className="field" key={kind}>
            <label className="field-label" htmlFor={`filter-${kind}`}>
              {label}
            </label>
            <select
              id={`filter-${kind}`}
              className="select"
              value={chosen}
              onChange={(e) => onChange({ [kind]: e.target.value ? [e.target.value] : undefined })}
            >
              <option value="">{any}</option>
              {chosenMissing && <option value={chosen}>{chosen}</option>}
              {options.map((f) => (
                <option key={f.id} value={f.name}>
                  {f.name} ({formatCount(f.count)})
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <fieldset className="field date-range">
        <legend className="field-label">Meeting date</legend>
        <div className="date-range-inputs">
          <label>
            <span className="field-hint" aria-hidden="true">From</span>
            <input
              type="date"
              className="input"
              aria-label="Meeting date from"
              aria-invalid={badRange || undefined}
              aria-describedby={badRange ? 'date-range-error' : undefined}
              value={filters.from ?? ''}
              onChange={(e) => onChange({ from: DATE.test(e.target.value) ? e.target.value : undefined })}
            />
          </label>
          <label>
            <span className="field-hint" aria-hidden="true">To</span>
            <input
              type="date"
              className="input"
              aria-label="Meeting date to"
              aria-invalid={badRange || undefined}
              aria-describedby={badRange ? 'date-range-error' : undefined}
              value={filters.to ?? ''}
              onChange={(e) => onChange({ to: DATE.test(e.target.value) ? e.target.value : undefined })}
            />
          </label>
        </div>
        {badRange && (
          <p id="date-range-error" className="field-hint is-error" role="alert">
            “From” is after “To”: change one of them to see results.
          </p>
        )}
      </fieldset>
    </aside>
  );
});
