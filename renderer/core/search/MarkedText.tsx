import type { Marked } from '../../../shared/core/search/snippet';

/** A text with the typed terms marked (<mark>), as marksIn or snippetOf found them. */
export function MarkedText({ text, marks }: Marked) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
