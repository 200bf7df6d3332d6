import type { Components } from 'react-markdown';
import { toSafeUrl } from './safe-url';

/**
 * Every element markdown + GFM can produce, and nothing else. Raw HTML never reaches the tree
 * (react-markdown turns it into text without rehype-raw); this list is a second lock should a
 * plugin ever add something unexpected. Disallowed elements are unwrapped, keeping their text.
 */
export const ALLOWED_ELEMENTS: readonly string[] = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'ul', 'ol', 'li', 'input', // input: GFM task-list checkboxes (rendered disabled)
  'pre', 'code', 'em', 'strong', 'del',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'a', 'img', // both replaced below: links are checked, images become text
  'section', 'sup', // GFM footnotes
];

/** Keeps only safe link targets; every other URL attribute (image src included) is removed. */
export function transformUrl(url: string, key: string): string | undefined {
  return key === 'href' || key === 'src' ? toSafeUrl(url) : undefined;
}

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
