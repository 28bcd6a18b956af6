import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ActorType, Entity, EntityKind } from '../../../electron/ipc/contracts/library';
import { briefing, readableError, unwrap } from '../api/briefing';
import { fold } from '../format';

interface Suggestion {
  name: string;
  /** The alias that matched, when it was not the canonical name. */
  via?: string;
  uses: number;
}

interface Props {
  kind: EntityKind;
  /** Names already on the summary, left out of the suggestions. */
  existing: string[];
  onAdd(name: string, actorType?: ActorType): Promise<void>;
  onCancel(): void;
}

const MAX_SUGGESTIONS = 8;

/** A combobox that completes over the library's entities and their aliases; a new name is allowed too. */
export function AddTagField({ kind, existing, onAdd, onCancel }: Props) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const [actorType, setActorType] = useState<ActorType>('person');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => input.current?.focus(), []);
  const { suggestions, isNew } = useTagSuggestions(kind, existing, text, setError);
  const open = suggestions.length > 0;

  const submit = async (name: string) => {
    if (!name.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onAdd(name.trim(), kind === 'actor' && isNew && name === text ? actorType : undefined);
    } catch (e) {
      setError(readableError(e));
      setBusy(false);
    }
  };

  return (
    <div className="add-tag">
      <div className="add-tag-row">
        <input
          ref={input}
          className="input input-small"
          role="combobox"
          aria-label={`New ${kind} tag`}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          value={text}
          placeholder={kind === 'theme' ? 'Theme name' : 'Name or alias'}
          onChange={(e) => {
            setText(e.target.value);
            setActive(-1);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && open) setActive((a) => Math.min(suggestions.length - 1, a + 1));
            else if (e.key === 'ArrowUp' && open) setActive((a) => Math.max(-1, a - 1));
            else if (e.key === 'Enter') void submit(active >= 0 ? suggestions[active]!.name : text);
            else if (e.key === 'Escape') onCancel();
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        />
        {kind === 'actor' && isNew && (
          <select className="select select-small" aria-label="Type of new actor" value={actorType} onChange={(e) => setActorType(e.target.value as ActorType)}>
            <option value="person">Person</option>
            <option value="country">Country</option>
            <option value="organization">Organization</option>
          </select>
        )}
        <button type="button" className="button button-small" disabled={!text.trim() || busy} onClick={() => void submit(text)}>
          Add
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <SuggestionList id={listId} kind={kind} suggestions={suggestions} active={active} onPick={(name) => void submit(name)} />
      {kind === 'theme' && isNew && text.trim() && <p className="field-hint">A new theme “{text.trim()}” will be created.</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

interface ListProps {
  id: string;
  kind: EntityKind;
  suggestions: Suggestion[];
  active: number;
  onPick(name: string): void;
}

/** The combobox's list: each name with the alias it matched by and its use count (a click picks it; focus stays in the field). */
function SuggestionList({ id, kind, suggestions, active, onPick }: ListProps) {
  return (
    <ul id={id} role="listbox" aria-label={`Matching ${kind}s`} className="suggestions" hidden={suggestions.length === 0}>
      {suggestions.map((s, i) => (
        <li
          key={s.name}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'is-active' : undefined}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(s.name)}
        >
          <span>{s.name}</span>
          {s.via && <span className="suggestion-via"> ({s.via})</span>}
          <span className="suggestion-uses">{s.uses}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The library's entities of `kind` whose name or alias contains `text` (folded), those that
 * start with it first, then the most used; names already on the summary are left out.
 * `isNew`: no entity is called `text`, so adding it creates one.
 */
function useTagSuggestions(kind: EntityKind, existing: string[], text: string, onError: (message: string) => void) {
  const [entities, setEntities] = useState<Array<Entity & { uses: number }>>([]);
  useEffect(() => {
    unwrap(briefing().library.entities({ kind }))
      .then(setEntities)
      .catch((e: unknown) => onError(readableError(e)));
  }, [kind, onError]);

  const suggestions = useMemo<Suggestion[]>(() => {
    const q = fold(text);
    if (!q) return [];
    const taken = new Set(existing.map(fold));
    const found: Suggestion[] = [];
    for (const e of entities) {
      if (taken.has(fold(e.name))) continue;
      if (fold(e.name).includes(q)) found.push({ name: e.name, uses: e.uses });
      else {
        const alias = e.aliases.find((a) => fold(a).includes(q));
        if (alias) found.push({ name: e.name, via: alias, uses: e.uses });
      }
    }
    const starts = (s: Suggestion) => (fold(s.via ?? s.name).startsWith(q) ? 0 : 1);
    return found.sort((a, b) => starts(a) - starts(b) || b.uses - a.uses || a.name.localeCompare(b.name)).slice(0, MAX_SUGGESTIONS);
  }, [entities, existing, text]);

  const isNew = text.trim() !== '' && !entities.some((e) => fold(e.name) === fold(text) || e.aliases.some((a) => fold(a) === fold(text)));
  return { suggestions, isNew };
}
