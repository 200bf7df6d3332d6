import type { Components } from 'react-markdown';
import { MARKDOWN_COMPONENTS } from './markdown-elements';

export { rehypeCitationMarkers, type CitationMarker } from './citation-markers-plugin';

/**
 * A `sup` carrying `data-citation` is a marker: a button named "Citation N". Clicks bubble to the
 * answer, which handles them by delegation, so this stays one module-level component set. Any other
 * `sup` (GFM footnotes) renders as usual.
 */
const CitationSup: Components['sup'] = ({ node, children }) => {
  const number = node?.properties.dataCitation;
  if (typeof number !== 'number') return <sup>{children}</sup>;
  return (
    <sup className="citation-marker">
      <button type="button" data-citation={number} aria-label={`Citation ${number}`}>
        [{number}]
      </button>
    </sup>
  );
};

export const CITED_MARKDOWN_COMPONENTS: Components = { ...MARKDOWN_COMPONENTS, sup: CitationSup };
