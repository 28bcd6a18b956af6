import type { SnippetPart } from '../../../electron/library/search';

/** A search snippet as text nodes and <mark>s; the text is never parsed as HTML. */
export function SnippetText({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
