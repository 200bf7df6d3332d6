/** A numbered marker to place after the answer character at `offset` (a citation's `end`). */
export interface CitationMarker {
  offset: number;
  number: number;
}

/** The few hast shapes this plugin touches (see https://github.com/syntax-tree/hast). */
interface HastPoint {
  offset?: number;
}
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  position?: { start: HastPoint; end: HastPoint };
}

interface TextAt {
  parent: HastNode;
  node: HastNode;
  start: number;
  end: number;
}

/**
 * A rehype plugin placing citation markers inside the rendered markdown, so the markdown itself is
 * never split or rewritten. Each text node knows the source range it came from (mdast positions
 * survive into hast); a marker goes right after its offset when that offset falls inside a text
 * node whose text equals its source (plain prose), else after the last text that ends before the
 * offset (the offset fell on markup such as `**` or a line break). Markers past the text rendered
 * so far (the answer is still streaming) wait for the next render.
 */
export function rehypeCitationMarkers(markers: readonly CitationMarker[]) {
  return () => (tree: HastNode) => {
    const texts: TextAt[] = [];
    const walk = (parent: HastNode) => {
      for (const node of parent.children ?? []) {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (node.type === 'text' && start !== undefined && end !== undefined) texts.push({ parent, node, start, end });
        else if (node.children) walk(node);
      }
    };
    walk(tree);
    if (texts.length === 0) return;

    // Insert from the last marker backwards, so earlier insertions never shift later ones.
    const sorted = [...markers].sort((a, b) => b.offset - a.offset || b.number - a.number);
    for (const marker of sorted) {
      const inside = texts.find((t) => t.start < marker.offset && marker.offset <= t.end && t.node.value?.length === t.end - t.start);
      const target = inside ?? texts.filter((t) => t.end <= marker.offset).at(-1);
      if (!target) continue;
      const siblings = target.parent.children ?? [];
      const at = siblings.indexOf(target.node);
      if (at === -1) continue;
      const element: HastNode = { type: 'element', tagName: 'sup', properties: { dataCitation: marker.number }, children: [] };
      const split = inside ? marker.offset - target.start : undefined;
      const value = target.node.value ?? '';
      if (split !== undefined && split < value.length) {
        const head: HastNode = { ...target.node, value: value.slice(0, split), position: { start: target.node.position?.start ?? {}, end: { offset: marker.offset } } };
        const tail: HastNode = { ...target.node, value: value.slice(split), position: { start: { offset: marker.offset }, end: target.node.position?.end ?? {} } };
        siblings.splice(at, 1, head, element, tail);
        // Later (earlier-offset) markers may land in the head: track it in place of the old node.
        texts.push({ parent: target.parent, node: tail, start: marker.offset, end: target.end });
        target.node = head;
        target.end = marker.offset;
      } else {
        siblings.splice(at + 1, 0, element);
      }
    }
  };
}
