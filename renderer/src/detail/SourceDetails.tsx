import type { Summary } from '../../../electron/library/types';
import { formatMeetingDate } from '../format';

/**
 * Where the text came from: publisher, author, publication day and address when the file or
 * its text said so. The imported file's name is shown only when nothing else names the
 * source, and labelled as a file so it is never taken for a publisher.
 */
export function SourceDetails({ summary }: { summary: Summary }) {
  const rows: Array<[string, string]> = [];
  if (summary.sourceName) rows.push(['Publisher', summary.sourceName]);
  if (summary.sourceAuthor) rows.push(['Author', summary.sourceAuthor]);
  if (summary.publishedDate) rows.push(['Published', formatMeetingDate(summary.publishedDate, 'day')]);
  if (summary.sourceUrl) rows.push(['Address', summary.sourceUrl]);
  if (rows.length === 0 && summary.sourceFile) rows.push(['File', summary.sourceFile]);
  if (rows.length === 0) return <p className="muted small">No source recorded.</p>;
  return (
    <dl className="source-details">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd className={label === 'Address' ? 'source-url' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
