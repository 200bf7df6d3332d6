import type { Element, ElementContent, Root, RootContent } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeCitationMarkers, type CitationMarker } from './citation-markers';
import { ALLOWED_ELEMENTS, transformUrl } from './markdown-policy';
import { rehypeRawHtmlAsBlocks } from './raw-html-as-blocks';

/**
 * One block of model output, markdown (GFM) → a sanitised hast tree, with no React and no DOM, so
 * the same code runs in the markdown worker and, where there is no Worker, on the main thread.
 *
 * It does what react-markdown did per block: remark-parse + remark-gfm, remark-rehype keeping raw
 * HTML as `raw` nodes (never parsed), raw HTML blocks wrapped in paragraphs, citation markers placed
 * by source offset; then raw nodes become text, URL attributes keep only safe URLs, and elements
 * outside ALLOWED_ELEMENTS are unwrapped. Source positions are dropped last: the tree crosses a
 * thread boundary and nothing after the markers needs them.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRawHtmlAsBlocks)
  .freeze();

const ALLOWED = new Set(ALLOWED_ELEMENTS);

export function markdownToHast(text: string, markers: readonly CitationMarker[]): Root {
  const tree = processor.runSync(processor.parse(text)) as Root;
  if (markers.length > 0) rehypeCitationMarkers(markers)()(tree as never);
  sanitiseChildren(tree.children);
  delete tree.position;
  return tree;
}

/** Walks in document order; an unwrapped element's children take its place and are checked in turn. */
function sanitiseChildren(children: (RootContent | ElementContent)[]): void {
  let i = 0;
  while (i < children.length) {
    const node = children[i] as RootContent & { position?: unknown };
    delete node.position;
    if (node.type === 'raw') {
      children[i] = { type: 'text', value: node.value };
    } else if (node.type === 'element') {
      transformUrlAttributes(node);
      if (!ALLOWED.has(node.tagName)) {
        children.splice(i, 1, ...node.children);
        continue;
      }
      sanitiseChildren(node.children);
    }
    i++;
  }
}

function transformUrlAttributes(node: Element): void {
  for (const [key, tags] of Object.entries(urlAttributes)) {
    if (!Object.hasOwn(node.properties, key)) continue;
    if (tags === null || tags.includes(node.tagName)) node.properties[key] = transformUrl(String(node.properties[key] ?? ''), key);
  }
}
