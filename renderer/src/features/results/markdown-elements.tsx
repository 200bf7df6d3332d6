import type { Components } from 'react-markdown';
import { toSafeUrl } from './safe-url';

export { ALLOWED_ELEMENTS, transformUrl } from './markdown-policy';

/**
 * A link opens outside the app and leaks neither the opener nor the referrer. A link whose
 * URL did not survive `transformUrl` is plain text.
 */
const SafeLink: Components['a'] = ({ href, title, children }) => {
  const safe = toSafeUrl(href);
  if (!safe) return <span className="md-link-removed">{children}</span>;
  return (
    <a href={safe} title={title ?? safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
};

/**
 * Images from the model are never loaded: fetching one would tell a third party that this prompt
 * ran (and the CSP forbids remote images anyway). The alt text and the URL show as text instead.
 */
const ImageAsText: Components['img'] = ({ alt, src }) => (
  <span className="md-image" role="note" aria-label="Image not loaded">
    [image{alt ? `: ${alt}` : ''}
    {typeof src === 'string' && src !== '' ? ` (${src})` : ''}]
  </span>
);

/** Wide tables scroll inside the answer instead of widening the pane. */
const ScrollingTable: Components['table'] = ({ children }) => (
  <div className="md-table-scroll">
    <table>{children}</table>
  </div>
);

/** Defined once at module level: a new object per render would defeat react-markdown's work reuse. */
export const MARKDOWN_COMPONENTS: Components = { a: SafeLink, img: ImageAsText, table: ScrollingTable };
