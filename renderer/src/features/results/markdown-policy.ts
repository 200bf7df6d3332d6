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
