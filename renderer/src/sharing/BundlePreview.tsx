import type { BundleInspection } from '../../../electron/ipc/contracts/share';
import { formatCount } from '../format';

/** What a bundle holds (manifest, coverage) and what importing it would change here. */
export function BundlePreview({ inspection }: { inspection: BundleInspection }) {
  return (
    <div className="bundle-preview">
      <BundleFacts inspection={inspection} />
      <BundleChanges preview={inspection.preview} />
    </div>
  );
}

function BundleFacts({ inspection }: { inspection: BundleInspection }) {
  const { manifest, counts, coverage } = inspection;
  const created = new Date(manifest.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const top = (list: Array<{ name: string; summaries: number }>) =>
    list
      .slice(0, 6)
      .map((x) => `${x.name} (${x.summaries})`)
      .join(', ') || '—';
  return (
    <section aria-labelledby="bundle-holds">
      <h3 id="bundle-holds" className="section-title">
        The file
      </h3>
      <dl className="facts">
        <dt>File</dt>
        <dd>
          {inspection.fileName} · {Math.max(1, Math.round(inspection.bytes / 1024))} KB
        </dd>
        <dt>Shared by</dt>
        <dd>
          {manifest.exportedBy} on {created} (app {manifest.appVersion})
        </dd>
        <dt>Holds</dt>
        <dd>
          {formatCount(counts.summaries)} summaries, {formatCount(counts.entities)} forums, actors and themes, {formatCount(counts.books)} books
        </dd>
        <dt>Dates</dt>
        <dd>{coverage.dateRange ? `${coverage.dateRange.from} to ${coverage.dateRange.to}` : '—'}</dd>
        <dt>Forums</dt>
        <dd>{top(coverage.forums)}</dd>
        <dt>Themes</dt>
        <dd>{top(coverage.themes)}</dd>
      </dl>
    </section>
  );
}

/** The dry run's counts, then the changed summaries and entity merges it found. */
function BundleChanges({ preview }: { preview: BundleInspection['preview'] }) {
  const s = preview.summaries;
  return (
    <section aria-labelledby="bundle-changes">
      <h3 id="bundle-changes" className="section-title">
        What would change in your library
      </h3>
      <ul className="change-counts">
        <li>
          <strong>{formatCount(s.added)}</strong> new
        </li>
        <li>
          <strong>{formatCount(s.identical + s.sameText)}</strong> identical
        </li>
        <li>
          <strong>{formatCount(s.changed)}</strong> changed
        </li>
        <li>
          <strong>{formatCount(preview.entities.merged)}</strong> entity merges
        </li>
        <li>
          <strong>{formatCount(preview.entities.added)}</strong> new forums, actors, themes
        </li>
      </ul>
      {preview.conflicts.length > 0 && (
        <details className="change-list" open={preview.conflicts.length <= 5}>
          <summary>Changed summaries ({formatCount(preview.conflicts.length)})</summary>
          <ul>
            {preview.conflicts.map((c) => (
              <li key={c.id}>
                {c.mineTitle}
                {c.theirsTitle !== c.mineTitle ? ` → ${c.theirsTitle}` : ''} <span className="muted small">({resolutionText(c.resolution)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview.entityMerges.length > 0 && (
        <details className="change-list">
          <summary>Entity merges ({formatCount(preview.entityMerges.length)})</summary>
          <ul>
            {preview.entityMerges.map((m) => (
              <li key={`${m.kind}:${m.bundleName}`}>
                {m.bundleName} → {m.localName} <span className="muted small">({m.kind})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview.truncated && <p className="small muted">Only the first entries are listed.</p>}
    </section>
  );
}

function resolutionText(resolution: string): string {
  switch (resolution) {
    case 'kept-mine':
      return 'yours kept';
    case 'took-theirs':
      return 'theirs replaces yours';
    case 'kept-both':
      return 'both kept';
    case 'copy-already-kept':
      return 'copy already here';
    default:
      return 'yours kept; their text is here already';
  }
}
