import { useEffect, useRef, useState } from 'react';
import type { ActorType, EntityKind, Tag } from '../../../electron/ipc/contracts/library';
import { AddTagField } from './AddTagField';
import { TagChip } from './TagChip';

interface Props {
  tags: Tag[];
  busy: boolean;
  onFocusTag(tag: Tag | null): void;
  onDecide(tag: Tag, status: 'accepted' | 'rejected'): void;
  onRemove(tag: Tag): void;
  /** Accepts every suggestion of the summary in one request. */
  onAcceptAll(): void;
  onMakePrimary(tag: Tag): void;
  onAdd(kind: EntityKind, name: string, actorType?: ActorType): Promise<void>;
}

const ACTOR_GROUPS: Array<{ type: ActorType | null; label: string }> = [
  { type: 'person', label: 'People' },
  { type: 'country', label: 'Countries' },
  { type: 'organization', label: 'Organizations' },
  { type: null, label: 'Other actors' },
];

const KIND_LABEL: Record<EntityKind, string> = { forum: 'Forums', actor: 'Actors', theme: 'Themes' };

/** Forums, actors (by type) and themes as chips, each group with its own "Add" field. */
export function TagGroups(props: Props) {
  const [adding, setAdding] = useState<EntityKind | null>(null);
  const live = props.tags.filter((t) => t.status !== 'rejected');
  const rejected = props.tags.filter((t) => t.status === 'rejected');

  const chips = (tags: Tag[]) => (
    <ul className="chips">
      {tags.map((tag) => (
        <TagChip key={tag.entityId} tag={tag} busy={props.busy} onFocusTag={props.onFocusTag} onDecide={props.onDecide} onRemove={props.onRemove} onMakePrimary={props.onMakePrimary} />
      ))}
    </ul>
  );

  const group = (kind: EntityKind) => {
    const ofKind = live.filter((t) => t.kind === kind);
    return (
      <div className="tag-group" key={kind}>
        <div className="tag-group-header">
          <h3 className="tag-group-title">{KIND_LABEL[kind]}</h3>
          {adding !== kind && (
            <button type="button" className="link-button" aria-label={`Add ${kind} tag`} onClick={() => setAdding(kind)}>
              + Add
            </button>
          )}
        </div>
        {ofKind.length === 0 && adding !== kind && <p className="muted small">None</p>}
        {kind === 'actor'
          ? ACTOR_GROUPS.map(({ type, label }) => {
              const ofType = ofKind.filter((t) => t.actorType === type);
              if (ofType.length === 0) return null;
              return (
                <div className="actor-group" key={label}>
                  <h4 className="actor-group-title">{label}</h4>
                  {chips(ofType)}
                </div>
              );
            })
          : ofKind.length > 0 && chips(ofKind)}
        {adding === kind && (
          <AddTagField
            kind={kind}
            existing={ofKind.map((t) => t.name)}
            onCancel={() => setAdding(null)}
            onAdd={async (name, actorType) => {
              await props.onAdd(kind, name, actorType);
              setAdding(null);
            }}
          />
        )}
      </div>
    );
  };

  return (
    <section className="tag-groups" aria-label="Tags">
      <AcceptAllSuggested count={live.filter((t) => t.status === 'suggested').length} busy={props.busy} onAcceptAll={props.onAcceptAll} />
      {(['forum', 'actor', 'theme'] as const).map(group)}
      {rejected.length > 0 && (
        <div className="tag-group rejected-tags">
          <h3 className="tag-group-title">Rejected suggestions</h3>
          <ul className="chips">
            {rejected.map((tag) => (
              <li key={tag.entityId} className="chip chip-rejected">
                <span className="chip-label" dir="auto">{tag.name}</span>
                <button type="button" className="chip-button" aria-label={`Restore ${tag.name}`} disabled={props.busy} onClick={() => props.onDecide(tag, 'accepted')}>
                  ↺
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/**
 * "Accept all" for the summary's suggestions, shown only while there are some. The button goes
 * once they are accepted, so focus moves to the line saying what was done, not to <body>.
 */
function AcceptAllSuggested({ count, busy, onAcceptAll }: { count: number; busy: boolean; onAcceptAll(): void }) {
  const [done, setDone] = useState('');
  const accepting = useRef(0);
  const message = useRef<HTMLParagraphElement>(null);
  // Once the request is answered: the suggestions are gone (say so), or it was refused (the toast says why).
  useEffect(() => {
    if (accepting.current === 0 || busy) return;
    if (count === 0) setDone(`Accepted ${accepting.current === 1 ? 'the suggested tag' : `all ${accepting.current} suggested tags`}.`);
    accepting.current = 0;
  }, [count, busy]);
  useEffect(() => {
    if (done) message.current?.focus();
  }, [done]);

  if (count === 0 && !done) return null;
  return (
    <div className="accept-all">
      {count > 0 ? (
        <button
          type="button"
          className="button button-small"
          // Not disabled while busy: a disabled button would drop the focus it holds.
          aria-disabled={busy}
          onClick={() => {
            if (busy) return;
            accepting.current = count;
            onAcceptAll();
          }}
        >
          Accept all suggested ({count})
        </button>
      ) : (
        <p className="muted small accept-all-done" role="status" tabIndex={-1} ref={message} onBlur={() => setDone('')}>
          {done}
        </p>
      )}
    </div>
  );
}
