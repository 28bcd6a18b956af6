import { useState, type FormEvent } from 'react';
import type { ActorType, Entity } from '../../../electron/ipc/contracts/library';
import { briefing, readableError, unwrap } from '../api/briefing';
import { formatCount } from '../format';
import { useToasts } from '../ui/Toasts';
import type { ListedEntity } from './TaxonomyView';

interface Props {
  entity: ListedEntity;
  others: ListedEntity[];
  onChanged(entity: Entity): void;
}

const TYPES: Array<{ value: ActorType; label: string }> = [
  { value: 'person', label: 'Person' },
  { value: 'country', label: 'Country' },
  { value: 'organization', label: 'Organization' },
];

/** Names compared as the library's match keys roughly are: case, accents and spacing aside. */
function looseKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

type Run = (action: () => Promise<Entity>, done?: string) => Promise<boolean>;

/** Rename, aliases, actor type, theme phrases, and merging into another entity of the same kind. */
export function EntityEditor({ entity, others, onChanged }: Props) {
  const { run, error } = useEntityChange(onChanged);
  return (
    <div className="entity-editor">
      <header className="entity-editor-header">
        <h2 className="detail-title">{entity.name}</h2>
        <p className="muted">
          {entity.kind === 'actor' ? `Actor (${entity.actorType ?? 'type unknown'})` : entity.kind === 'forum' ? 'Forum' : 'Theme'} · used in{' '}
          {formatCount(entity.uses)} {entity.uses === 1 ? 'summary' : 'summaries'}
          {entity.builtin ? ' · built in' : ''}
        </p>
      </header>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <RenameForm entity={entity} run={run} />
      {entity.kind === 'actor' && (
        <div className="editor-section">
          <label className="field">
            <span className="field-label">Actor type</span>
            <select
              className="select"
              value={entity.actorType ?? ''}
              onChange={(e) => void run(() => unwrap(briefing().library.setActorType({ id: entity.id, actorType: e.target.value as ActorType })))}
            >
              {!entity.actorType && <option value="">Unknown</option>}
              {TYPES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <AliasSection entity={entity} run={run} />
      {entity.kind === 'theme' && <ThemePhrasesForm entity={entity} run={run} />}
      <MergeSection entity={entity} others={others} run={run} onChanged={onChanged} />
    </div>
  );
}

/** Runs one change of the entity: the changed entity goes to `onChanged`, a failure shows as the editor's error. */
function useEntityChange(onChanged: (entity: Entity) => void): { run: Run; error: string | null } {
  const [error, setError] = useState<string | null>(null);
  const toasts = useToasts();
  const run: Run = async (action, done) => {
    setError(null);
    try {
      onChanged(await action());
      if (done) toasts.show({ message: done, tone: 'success' });
      return true;
    } catch (e) {
      setError(readableError(e));
      return false;
    }
  };
  return { run, error };
}

interface SectionProps {
  entity: ListedEntity;
  run: Run;
}

function RenameForm({ entity, run }: SectionProps) {
  const [name, setName] = useState(entity.name);
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && name.trim() !== entity.name) {
      void run(() => unwrap(briefing().library.renameEntity({ id: entity.id, name: name.trim() })), `Renamed to “${name.trim()}”.`);
    }
  };
  return (
    <form className="editor-section field" onSubmit={rename}>
      <label className="field-label" htmlFor="entity-name">
        Name
      </label>
      <div className="inline-form">
        <input id="entity-name" className="input" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button" disabled={!name.trim() || name.trim() === entity.name}>
          Rename
        </button>
      </div>
    </form>
  );
}

/** The aliases as removable chips, and a field to add one (an alias it has already is pointed out, not sent). */
function AliasSection({ entity, run }: SectionProps) {
  const [alias, setAlias] = useState('');
  const [aliasNote, setAliasNote] = useState<string | null>(null);
  const addAlias = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = alias.trim();
    if (!wanted) return;
    // The library ignores an alias it already has: say so instead of doing nothing visible.
    const same = [entity.name, ...entity.aliases].find((known) => looseKey(known) === looseKey(wanted));
    if (same) {
      setAliasNote(same === entity.name ? `“${wanted}” is this ${entity.kind}’s name already.` : `“${same}” is already an alias of ${entity.name}.`);
      return;
    }
    setAliasNote(null);
    if (await run(() => unwrap(briefing().library.addAlias({ id: entity.id, alias: wanted })), `Added the alias “${wanted}”.`)) setAlias('');
  };
  return (
    <div className="editor-section">
      <h3 className="section-title">Aliases</h3>
      <p className="field-hint">Other spellings and abbreviations that mean the same {entity.kind}, e.g. “ARF” or “U.S.”.</p>
      {entity.aliases.length > 0 ? (
        <ul className="chips">
          {entity.aliases.map((a) => (
            <li key={a} className="chip">
              <span className="chip-label" dir="auto">{a}</span>
              <button
                type="button"
                className="chip-button"
                aria-label={`Remove alias ${a}`}
                onClick={() => void run(() => unwrap(briefing().library.removeAlias({ id: entity.id, alias: a })))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No aliases.</p>
      )}
      <form className="inline-form" onSubmit={(e) => void addAlias(e)}>
        <input
          className="input"
          aria-label="New alias"
          aria-describedby={aliasNote ? 'alias-note' : undefined}
          placeholder="Add an alias"
          value={alias}
          onChange={(e) => {
            setAlias(e.target.value);
            setAliasNote(null);
          }}
        />
        <button type="submit" className="button" disabled={!alias.trim()}>
          Add alias
        </button>
      </form>
      {aliasNote && (
        <p id="alias-note" className="field-hint" role="status">
          {aliasNote}
        </p>
      )}
    </div>
  );
}

function ThemePhrasesForm({ entity, run }: SectionProps) {
  const [phrases, setPhrases] = useState(entity.phrases.join('\n'));
  return (
    <form
      className="editor-section"
      onSubmit={(e) => {
        e.preventDefault();
        const list = phrases.split('\n').map((p) => p.trim()).filter(Boolean);
        void run(() => unwrap(briefing().library.setThemePhrases({ id: entity.id, phrases: list })), 'Key phrases saved.');
      }}
    >
      <label className="field">
        <span className="field-label">Key phrases (one per line)</span>
        <textarea className="textarea" rows={5} value={phrases} onChange={(e) => setPhrases(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="button">
          Save key phrases
        </button>
      </div>
    </form>
  );
}

/** Choose the entity to keep, then confirm: this one becomes its alias. The toast offers Undo. */
function MergeSection({ entity, others, run, onChanged }: SectionProps & { others: ListedEntity[]; onChanged(entity: Entity): void }) {
  const [mergeInto, setMergeInto] = useState('');
  const [confirming, setConfirming] = useState(false);
  const toasts = useToasts();
  const target = others.find((o) => String(o.id) === mergeInto);
  // Runs from the toast, after this editor has given way to the survivor's: it needs only onChanged.
  const undo = async (mergeId: string) => {
    try {
      const restored = await unwrap(briefing().library.undoMerge({ mergeId }));
      onChanged(restored);
      toasts.show({ message: `“${restored.name}” is back, with its aliases and tags.`, tone: 'success' });
    } catch (e) {
      toasts.error(readableError(e));
    }
  };
  const merge = (into: ListedEntity) =>
    void run(async () => {
      const merged = await unwrap(briefing().library.mergeEntities({ fromId: entity.id, intoId: into.id }));
      toasts.show({ message: `Merged “${entity.name}” into “${into.name}”.`, tone: 'success', action: { label: 'Undo', run: () => void undo(merged.mergeId) } });
      return merged;
    });
  return (
    <div className="editor-section">
      <h3 className="section-title">Merge</h3>
      <p className="field-hint">
        Merging makes “{entity.name}” an alias of the other {entity.kind}; its aliases move and every summary tagged with it follows.
      </p>
      <div className="inline-form">
        <label className="visually-hidden" htmlFor="merge-into">
          Merge into
        </label>
        <select
          id="merge-into"
          className="select"
          value={mergeInto}
          onChange={(e) => {
            setMergeInto(e.target.value);
            setConfirming(false);
          }}
        >
          <option value="">Choose the {entity.kind} to keep…</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({formatCount(o.uses)})
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={!target} onClick={() => setConfirming(true)}>
          Merge…
        </button>
      </div>
      {confirming && target && (
        <div className="confirm" role="alertdialog" aria-labelledby="merge-confirm-text" ref={(box) => box?.scrollIntoView({ block: 'nearest' })}>
          <p id="merge-confirm-text">
            Merge “{entity.name}” ({formatCount(entity.uses)}) into “{target.name}” ({formatCount(target.uses)})? You can undo it from the
            message that follows.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              autoFocus
              onClick={() => merge(target)}
            >
              Merge into {target.name}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
