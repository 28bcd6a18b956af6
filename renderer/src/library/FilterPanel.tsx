import { memo } from 'react';
import type { EntityKind } from '../../../electron/library/types';
import { formatCount } from '../format';
import type { Facets, LibraryQuery } from './useSearch';

const KINDS: Array<{ kind: EntityKind; label: string; any: string }> = [
  { kind: 'forum', label: 'Forum', any: 'Any forum' },
  { kind: 'theme', label: 'Theme', any: 'Any theme' },
  { kind: 'actor', label: 'Actor', any: 'Any actor' },
];

interface Props {
  query: LibraryQuery;
  facets: Facets;
  onChange(query: LibraryQuery): void;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Forum / theme / actor filters with counts over the current results, and a date range.
 * A range that ends before it starts is refused by the main process, whose message the
 * result status shows.
 */
export const FilterPanel = memo(function FilterPanel({ query, facets, onChange }: Props) {
  const active = KINDS.some(({ kind }) => (query[kind]?.length ?? 0) > 0) || query.from || query.to;

  return (
    <aside className="filters" aria-label="Filters">
      <div className="filters-header">
        <h2 className="section-title">Filters</h2>
        {active && (
          <button
            type="button"
            className="link-button"
            onClick={() => onChange({ text: query.text, sort: query.sort })}
          >
            Clear all
          </button>
        )}
      </div>
      {KINDS.map(({ kind, label, any }) => {
        const chosen = query[kind]?.[0] ?? '';
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
              onChange={(e) => onChange({ ...query, [kind]: e.target.value ? [e.target.value] : undefined })}
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
              value={query.from ?? ''}
              onChange={(e) => onChange({ ...query, from: DATE.test(e.target.value) ? e.target.value : undefined })}
            />
          </label>
          <label>
            <span className="field-hint" aria-hidden="true">To</span>
            <input
              type="date"
              className="input"
              aria-label="Meeting date to"
              value={query.to ?? ''}
              onChange={(e) => onChange({ ...query, to: DATE.test(e.target.value) ? e.target.value : undefined })}
            />
          </label>
        </div>
      </fieldset>
    </aside>
  );
});
