import type { ChatCitation } from '../../../../shared/chat/chunk';
import { citationLocation, citationSource } from './run-metrics';

/**
 * The cited passages beside the answer: for each citation its number, the passage it quotes,
 * the document and where in it. `active` is highlighted (set by a marker or an item click).
 */
export function CitationsList({
  citations,
  active,
  onSelect,
}: {
  citations: readonly ChatCitation[];
  active: number | undefined;
  onSelect: (number: number) => void;
}) {
  return (
    <aside className="citations" aria-label="Citations">
      <h3>Citations</h3>
      <ol>
        {citations.map((item, i) => {
          const number = i + 1;
          return (
            <li key={number} data-citation-item={number} className={active === number ? 'citation active' : 'citation'} aria-current={active === number ? 'true' : undefined}>
              <button type="button" className="citation-select" aria-label={`Show citation ${number}`} onClick={() => onSelect(number)}>
                [{number}]
              </button>
              <blockquote className="cited-text">{item.citation.cited_text}</blockquote>
              <span className="citation-source">
                {citationSource(item.citation)} · {citationLocation(item.citation)}
              </span>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
