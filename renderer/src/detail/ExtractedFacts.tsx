import type { FieldEvidence, Summary } from '../../../electron/library/types';
import { formatMeetingDate, formatPlace } from '../format';

interface Props {
  summary: Summary;
  /** Marks (or, with null, unmarks) a fact's evidence in the text, as a tag chip does. */
  onFocusEvidence(evidence: Array<[number, number]> | null): void;
}

/** Below this, a date or place is flagged for checking rather than shown as plain fact. */
export const CHECK_BELOW = 0.6;

/**
 * The meeting's date and place as extraction found them: how sure it is and why, so a
 * reader can tell a dateline from a guess. A value the user typed is shown as theirs.
 */
export function ExtractedFacts({ summary, onFocusEvidence }: Props) {
  const date = formatMeetingDate(summary.meetingDate, summary.datePrecision);
  const place = formatPlace(summary.city, summary.country);
  if (!date && !place) return <p className="detail-meta">No date or place yet — use Edit to add them.</p>;
  return (
    <dl className="facts">
      {date && <Fact label="Date" value={date} why={summary.dateEvidence} onFocusEvidence={onFocusEvidence} />}
      {place && <Fact label="Place" value={place} why={summary.placeEvidence} onFocusEvidence={onFocusEvidence} />}
    </dl>
  );
}

function Fact({ label, value, why, onFocusEvidence }: { label: string; value: string; why: FieldEvidence | null; onFocusEvidence: Props['onFocusEvidence'] }) {
  const doubtful = why !== null && why.confidence < CHECK_BELOW;
  const enter = () => why && why.evidence.length > 0 && onFocusEvidence(why.evidence);
  const leave = () => onFocusEvidence(null);
  return (
    <div className={`fact${doubtful ? ' fact-doubtful' : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span
          className={why && why.evidence.length > 0 ? 'fact-value fact-has-evidence' : 'fact-value'}
          tabIndex={why && why.evidence.length > 0 ? 0 : undefined}
          onMouseEnter={enter}
          onMouseLeave={leave}
          onFocus={enter}
          onBlur={leave}
        >
          {value}
        </span>
        {why ? (
          <span className="fact-why">
            <span className={`fact-confidence${doubtful ? ' fact-confidence-low' : ''}`}>
              {doubtful ? 'Check: ' : ''}
              {Math.round(why.confidence * 100)}% sure
            </span>
            {why.note && <span className="fact-note"> · {why.note}</span>}
          </span>
        ) : (
          <span className="fact-why muted">entered by you</span>
        )}
      </dd>
    </div>
  );
}
