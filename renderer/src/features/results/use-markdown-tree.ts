import type { Root } from 'hast';
import { useEffect, useRef, useState } from 'react';
import type { CitationMarker } from './citation-markers-plugin';
import { cachedTree, canUseWorker, contentKey, newSlot, parseNow, requestTree } from './markdown-parser';

/**
 * A block's sanitised tree. Without a worker it is parsed during render. With one, a cached tree is
 * used at once; otherwise the block keeps showing its previous tree while the worker parses (undefined
 * only before its first tree: the caller shows the plain text), so nothing flickers away.
 */
export function useMarkdownTree(text: string, markers: readonly CitationMarker[], markerKey: string): Root | undefined {
  const key = contentKey(text, markerKey);
  const [slot] = useState(newSlot);
  const [received, setReceived] = useState<{ key: string; tree: Root } | undefined>(undefined);
  const shown = useRef<Root | undefined>(undefined);
  const ready = canUseWorker() ? cachedTree(key) : parseNow(key, text, markers);
  const pending = useRef({ text, markers });
  pending.current = { text, markers };

  useEffect(() => {
    if (ready) return;
    const { text: latestText, markers: latestMarkers } = pending.current;
    return requestTree(slot, key, latestText, latestMarkers, (tree) => {
      if (tree) setReceived({ key, tree });
    });
  }, [slot, key, ready]);

  const tree = ready ?? (received?.key === key ? received.tree : undefined) ?? shown.current;
  shown.current = tree;
  return tree;
}
