import { useEffect, useMemo, useState } from 'react';
import type { Entity, EntityKind } from '../../../electron/ipc/contracts/library';
import { briefing, readableError, unwrap, useLibraryVersion } from '../api/briefing';
import { fold, formatCount } from '../format';
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
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [creatingTheme, setCreatingTheme] = useState(false);
  const library = useLibraryVersion();
  const { entities, error } = useEntities(kind, library.version);
  const selected = entities.find((e) => e.id === selectedId) ?? null;
  const kindLabel = KINDS.find((k) => k.kind === kind)!.label;
  const choose = (id: number | null, newTheme = false) => {
    setSelectedId(id);
    setCreatingTheme(newTheme);
  };

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
                choose(null);
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
            <button type="button" className="button" onClick={() => choose(null, true)}>
              New theme
            </button>
          )}
        </div>
        <EntityList entities={entities} error={error} filter={filter} kindLabel={kindLabel} selectedId={selectedId} onSelect={(id) => choose(id)} />
      </section>
      <section className="taxonomy-detail" aria-label="Details">
        {creatingTheme ? (
          <NewThemeForm
            onCreated={(theme) => {
              choose(theme.id);
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
          <TaxonomyHint kind={kind} />
        )}
      </section>
    </div>
  );
}

/** The library's entities of one kind with their use counts, read again when the library changes. */
function useEntities(kind: EntityKind, version: number) {
  const [entities, setEntities] = useState<ListedEntity[]>([]);
  const [error, setError] = useState<string | null>(null);
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
  }, [kind, version]);
  return { entities, error };
}

/** What the details pane says before anything is chosen. */
function TaxonomyHint({ kind }: { kind: EntityKind }) {
  return (
    <div className="empty-state">
      <h2>Keep names consistent</h2>
      <p>
        Choose {kind === 'actor' ? 'an' : 'a'} {kind} on the left to rename it, give it aliases (so “ARF” and “ASEAN Regional Forum” are one), merge
        duplicates, or {kind === 'actor' ? 'change whether it is a person, a country or an organization' : kind === 'theme' ? 'edit the key phrases that suggest it' : 'see how often it is used'}.
      </p>
    </div>
  );
}

interface ListProps {
  entities: ListedEntity[];
  error: string | null;
  filter: string;
  kindLabel: string;
  selectedId: number | null;
  onSelect(id: number): void;
}

/** The entities matching the filter by name or alias, most used first, with their count. */
function EntityList({ entities, error, filter, kindLabel, selectedId, onSelect }: ListProps) {
  const shown = useMemo(() => {
    const q = fold(filter);
    const matching = q ? entities.filter((e) => fold(e.name).includes(q) || e.aliases.some((a) => fold(a).includes(q))) : entities;
    return [...matching].sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name));
  }, [entities, filter]);
  return (
    <>
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
            <button type="button" className="entity-item" aria-current={e.id === selectedId ? 'true' : undefined} onClick={() => onSelect(e.id)}>
              <span className="entity-name">{e.name}</span>
              {e.actorType && <span className="entity-type">{e.actorType}</span>}
              <span className="entity-uses" aria-label={e.uses === 1 ? '1 summary' : `${e.uses} summaries`}>
                {formatCount(e.uses)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {entities.length === 0 && !error && <p className="muted small">No {kindLabel.toLowerCase()} yet. They appear as you import summaries or add tags.</p>}
    </>
  );
}
