
/** What a new library shows: how to fill it, and a sample library to try the app with. */
export function EmptyLibrary({ onImport }: { onImport(): void }) {

  return (
    <div className="empty-state empty-library">
      <h2>Your library is empty</h2>
      <p>
        Bring in meeting summaries — readouts, press releases, news articles — as text, Markdown, HTML, Word or PDF files.
        Each file is read on this computer; the app suggests the forum, the people and countries involved, the themes, the
        date and the place, and you review everything before it is saved.
      </p>
      <ol className="steps">
        <li>
          Choose <strong>Import</strong> (Ctrl+I), then pick files, drop them here, or paste text.
        </li>
        <li>Check the suggestions and accept, edit or skip each file.</li>
        <li>Search, filter by forum, theme or actor, and build briefing books from the results.</li>
      </ol>
      <div className="empty-actions">
        <button type="button" className="button button-primary" onClick={onImport}>
          Import files…
        </button>
      </div>
    </div>
  );
}
