import type { Extraction, FieldEvidence } from '../../../electron/ingest/extract/types';
import { CHECK_BELOW } from '../detail/ExtractedFacts';
import type { ReviewDraft } from './ingest-client';

/**
 * How sure extraction is of the date and place it found, and why, so the user checks the
 * doubtful ones before importing. A value the user edited shows as theirs.
 */
export function ReviewFacts({ extraction, draft }: { extraction: Extraction; draft: ReviewDraft }) {
  const dateEdited = draft.date !== extraction.date;
  const placeEdited = draft.city !== (extraction.location?.city ?? null) || draft.country !== (extraction.location?.country ?? null);
  const rows: Array<[string, FieldEvidence | null, boolean]> = [];
  if (draft.date) rows.push(['Date', extraction.dateInfo, dateEdited]);
  if (draft.city || draft.country) rows.push(['Place', extraction.locationInfo, placeEdited]);
  if (rows.length === 0) return null;
  return (
    <ul className="review-facts">
      {rows.map(([label, why, edited]) => {
        const doubtful = !edited && why !== null && why.confidence < CHECK_BELOW;
        return (
          <li key={label} className="small">
            <span className="review-tags-label">{label}</span>{' '}
            {edited || !why ? (
              <span className="muted">entered by you</span>
            ) : (
              <>
                <span className={doubtful ? 'fact-confidence fact-confidence-low' : 'fact-confidence muted'}>
                  {doubtful ? 'Check: ' : ''}
                  {Math.round(why.confidence * 100)}% sure
                </span>
                {why.note && <span className="muted"> · {why.note}</span>}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
