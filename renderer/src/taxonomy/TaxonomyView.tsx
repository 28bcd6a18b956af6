import { useEffect, useMemo, useState } from 'react';
import type { Entity, EntityKind } from '../../../electron/library/types';
import { briefing, readableError, unwrap } from '../api/briefing';
import { useLibraryVersion } from '../api/useLibraryVersion';
import { fold } from '../detail/fold';
import { formatCount } from '../format';
import { EntityEditor } from './EntityEditor';
import { NewThemeForm } from './NewThemeForm';

export type ListedEntity = Entity & { uses: number };

const KINDS: Array<{ kind: EntityKind; label: string }> = [
  { kind: 'forum', label: 'Forums' },
  { kind: 'actor', label: 'Actors' },
  { kind: 'theme', label: 'Themes' },
];
const LIST_LIMIT = 400;

/** Forums, actors and themes with their use counts; pick one to rename, merge or edit aliases. */
export function TaxonomyView() {
  const [kind, setKind] = useState<EntityKind>('forum');
  const [entities, setEntities] = useState<ListedEntity[]>([]);
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [creatingTheme, setCreatingTheme] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const library = useLibraryVersion();

  useEffect(() => {
    let current = true;
    unwrap(briefing().library.entities({ kind }))
      .then((list) => {
        if (!current) return;
        setEntities(list);
        setError(null);
      })
      .catch((e: unknown) => current && setError(readableError(e)));
    return () => {
      current = false;
    };
  }, [kind, library.version]);

  const shown = useMemo(() => {
    const q = fold(filter);
    const matching = q ? entities.filter((e) => fold(e.name).includes(q) || e.aliases.some((a) => fold(a).includes(q))) : entities;
    return [...matching].sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name));
  }, [entities, filter]);
  const selected = entities.find((e) => e.id === selectedId) ?? null;
  const kindLabel = KINDS.find((k) => k.kind === kind)!.label;

  return (
    <div className="taxonomy">
      <section className="taxonomy-list" aria-label={`${kindLabel} list`}>
        <div className="segmented" role="group" aria-label="Kind">
          {KINDS.map((k) => (
            <button
              key={k.kind}
              type="button"
              aria-pressed={kind === k.kind}
              onClick={() => {
                setKind(k.kind);
                setSelectedId(null);
                setCreatingTheme(false);
                setFilter('');
              }}
            >
              {k.label}
            </button>
          ))}
        </div>
        <div className="taxonomy-tools">
          <input
            type="search"
            dir="auto"
            className="input"
            aria-label={`Filter ${kindLabel.toLowerCase()}`}
            placeholder="Filter by name or alias"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          {kind === 'theme' && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setCreatingTheme(true);
                setSelectedId(null);
              }}
            >
              New theme
            </button>
          )}
        </div>
        <p className="muted small list-count">
          {formatCount(shown.length)} {kindLabel.toLowerCase()}
          {shown.length > LIST_LIMIT ? ` — showing the ${LIST_LIMIT} most used; filter to find others` : ''}
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <ul className="entity-list">
          {shown.slice(0, LIST_LIMIT).map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="entity-item"
                aria-current={e.id === selectedId ? 'true' : undefined}
                onClick={() => {
                  setSelectedId(e.id);
                  setCreatingTheme(false);
                }}
              >
                <span className="entity-name">{e.name}</span>
                {e.actorType && <span className="entity-type">{e.actorType}</span>}
                <span className="entity-uses" aria-label={e.uses === 1 ? '1 summary' : `${e.uses} summaries`}>
                  {formatCount(e.uses)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {entities.length === 0 && !error && (
          <p className="muted small">No {kindLabel.toLowerCase()} yet. They appear as you import summaries or add tags.</p>
        )}
      </section>
      <section className="taxonomy-detail" aria-label="Details">
        {creatingTheme ? (
          <NewThemeForm
            onCreated={(theme) => {
              setCreatingTheme(false);
              setSelectedId(theme.id);
              library.changed();
            }}
            onCancel={() => setCreatingTheme(false)}
          />
        ) : selected ? (
          <EntityEditor
            key={selected.id}
            entity={selected}
            others={entities.filter((e) => e.id !== selected.id)}
            onChanged={(entity) => {
              setSelectedId(entity.id);
              library.changed();
            }}
          />
        ) : (
          <div className="empty-state">
            <h2>Keep names consistent</h2>
            <p>
              Choose {kind === 'actor' ? 'an' : 'a'} {kind} on the left to rename it, give it aliases (so “ARF” and “ASEAN Regional Forum” are one), merge
              duplicates, or {kind === 'actor' ? 'change whether it is a person, a country or an organization' : kind === 'theme' ? 'edit the key phrases that suggest it' : 'see how often it is used'}.
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
