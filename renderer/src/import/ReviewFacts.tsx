import type { Extraction, FieldEvidence } from '../../../electron/ingest/extract/types';
import { ConfidenceNote } from '../detail/ExtractedFacts';
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
      {rows.map(([label, why, edited]) => (
        <li key={label} className="fact-why">
          <span className="review-tags-label">{label}</span> {edited || !why ? <span>entered by you</span> : <ConfidenceNote why={why} />}
        </li>
      ))}
    </ul>
  );
}
