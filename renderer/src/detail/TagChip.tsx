import type { Tag } from '../../../electron/ipc/contracts/library';

interface Props {
  tag: Tag;
  busy: boolean;
  onFocusTag(tag: Tag | null): void;
  onDecide(tag: Tag, status: 'accepted' | 'rejected'): void;
  onRemove(tag: Tag): void;
  /** Offered on forum tags that are not the primary one. */
  onMakePrimary?(tag: Tag): void;
}

/**
 * One tag. A suggestion from extraction (dashed, with its confidence) offers Accept and
 * Reject; an accepted or user tag offers Remove. Hovering or focusing it marks its evidence
 * in the text.
 */
export function TagChip({ tag, busy, onFocusTag, onDecide, onRemove, onMakePrimary }: Props) {
  const suggested = tag.source === 'extracted' && tag.status === 'suggested';
  const hasEvidence = tag.evidence.length > 0;
  const enter = () => onFocusTag(tag);
  const leave = () => onFocusTag(null);
  const title = [
    tag.source === 'extracted' ? `Suggested by extraction, ${Math.round(tag.confidence * 100)}% confidence` : 'Added by you',
    tag.status === 'accepted' && tag.source === 'extracted' ? 'accepted' : '',
    tag.isPrimary ? 'the forum the meeting took place in (books print the summary under it)' : '',
    hasEvidence ? 'hover or focus it to see where it appears in the text' : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <li
      className={`chip${suggested ? ' chip-suggested' : ''}${hasEvidence ? ' chip-has-evidence' : ''}${tag.isPrimary ? ' chip-primary' : ''}`}
      title={title}
      onMouseEnter={enter}
      onMouseLeave={leave}
      onFocus={enter}
      onBlur={leave}
    >
      <span className="chip-label" dir="auto">{tag.name}</span>
      {tag.isPrimary && <span className="chip-primary-badge">primary</span>}
      {suggested && <span className="chip-confidence">{Math.round(tag.confidence * 100)}%</span>}
      {onMakePrimary && tag.kind === 'forum' && !tag.isPrimary && (
        <button type="button" className="chip-button" aria-label={`Make ${tag.name} the primary forum`} title="Make this the forum the meeting took place in" disabled={busy} onClick={() => onMakePrimary(tag)}>
          ☆
        </button>
      )}
      {suggested ? (
        <>
          <button type="button" className="chip-button chip-accept" aria-label={`Accept ${tag.name}`} disabled={busy} onClick={() => onDecide(tag, 'accepted')}>
            ✓
          </button>
          <button type="button" className="chip-button chip-reject" aria-label={`Reject ${tag.name}`} disabled={busy} onClick={() => onDecide(tag, 'rejected')}>
            ✕
          </button>
        </>
      ) : (
        <button type="button" className="chip-button" aria-label={`Remove ${tag.name}`} disabled={busy} onClick={() => onRemove(tag)}>
          ×
        </button>
      )}
    </li>
  );
}
