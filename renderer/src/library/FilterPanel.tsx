import { memo } from 'react';
import type { EntityKind } from '../../../electron/ipc/contracts/library';
import { FacetFilter } from './FacetFilter';
import type { Facets, LibraryQuery } from './useSearch';

const KINDS: Array<{ kind: EntityKind; label: string; plural: string }> = [
  { kind: 'forum', label: 'Forum', plural: 'forums' },
  { kind: 'theme', label: 'Theme', plural: 'themes' },
  { kind: 'actor', label: 'Actor', plural: 'actors' },
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
 * Forum / theme / actor facets (several values of one mean any of them) with counts, and a
 * date range.
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
      {KINDS.map(({ kind, label, plural }) => (
        <FacetFilter
          key={kind}
          kind={kind}
          label={label}
          plural={plural}
          options={facets[kind]}
          chosen={filters[kind] ?? []}
          onChange={(chosen) => onChange({ [kind]: chosen })}
        />
      ))}
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
