/** The few hast shapes this plugin touches (see https://github.com/syntax-tree/hast). */
interface HastNode {
  type: string;
  value?: string;
  children?: HastNode[];
}

/**
 * A rehype plugin: raw HTML that stands as its own block (a `<script>` line, say) is wrapped in a
 * paragraph, so when react-markdown later shows it as escaped text it keeps its own line instead of
 * running into its neighbours. The raw node itself is left for react-markdown to turn into text;
 * nothing here ever parses it as HTML.
 */
export function rehypeRawHtmlAsBlocks() {
  return (tree: HastNode) => {
    tree.children = tree.children?.map((node) =>
      node.type === 'raw' && node.value?.trim()
        ? { type: 'element', tagName: 'p', properties: { className: ['md-raw-html'] }, children: [node] }
        : node,
    );
  };
}
