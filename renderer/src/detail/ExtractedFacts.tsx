import type { FieldEvidence, Summary } from '../../../electron/ipc/contracts/library';
import { formatMeetingDate, formatPlace } from '../format';

interface Props {
  summary: Summary;
  /** Marks (or, with null, unmarks) a fact's evidence in the text, as a tag chip does. */
  onFocusEvidence(evidence: Array<[number, number]> | null): void;
}

/** Below this, a date or place is flagged for checking rather than shown as plain fact. */
export const CHECK_BELOW = 0.6;

/**
 * The meeting's date and place, then, for each that extraction found, how sure it is and
 * why, so a reader can tell a dateline from a guess. Hovering or focusing a value marks its
 * evidence in the text. A value the user typed has no reasons and shows none.
 */
export function ExtractedFacts({ summary, onFocusEvidence }: Props) {
  const date = formatMeetingDate(summary.meetingDate, summary.datePrecision);
  const place = formatPlace(summary.city, summary.country);
  if (!date && !place) return <p className="detail-meta">No date or place yet — use Edit to add them.</p>;
  const facts: Array<{ label: string; value: string; why: FieldEvidence | null }> = [];
  if (date) facts.push({ label: 'Date', value: date, why: summary.dateEvidence });
  if (place) facts.push({ label: 'Place', value: place, why: summary.placeEvidence });
  const withReasons = facts.filter((f) => f.why !== null);
  return (
    <>
      <p className="detail-meta">
        {facts.map((f, i) => (
          <span key={f.label}>
            {i > 0 && ' · '}
            <FactValue fact={f} onFocusEvidence={onFocusEvidence} />
          </span>
        ))}
      </p>
      {withReasons.length > 0 && (
        <ul className="why-facts" aria-label="Why this date and place">
          {withReasons.map(({ label, why }) => (
            <li key={label} className="fact-why">
              <span className="fact-label">{label}</span> <ConfidenceNote why={why!} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "92% sure · dateline 'ASTANA, Oct 13'", or "Check: 40% sure · …" under CHECK_BELOW. */
export function ConfidenceNote({ why }: { why: FieldEvidence }) {
  const doubtful = why.confidence < CHECK_BELOW;
  return (
    <>
      <span className={doubtful ? 'fact-confidence fact-confidence-low' : 'fact-confidence'}>
        {doubtful ? 'Check: ' : ''}
        {Math.round(why.confidence * 100)}% sure
      </span>
      {why.note && <span> · {why.note}</span>}
    </>
  );
}

function FactValue({ fact, onFocusEvidence }: { fact: { value: string; why: FieldEvidence | null }; onFocusEvidence: Props['onFocusEvidence'] }) {
  const evidence = fact.why?.evidence ?? [];
  if (evidence.length === 0) return <>{fact.value}</>;
  const enter = () => onFocusEvidence(evidence);
  const leave = () => onFocusEvidence(null);
  return (
    <span className="fact-value fact-has-evidence" tabIndex={0} title="Hover or focus to see where the text says so" onMouseEnter={enter} onMouseLeave={leave} onFocus={enter} onBlur={leave}>
      {fact.value}
    </span>
  );
}
