import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/** How far outside the visible area a group stays mounted, so a scroll shows text, not a blank. */
const KEEP_MOUNTED_MARGIN = '1500px 0px';

/**
 * A finished group of answer blocks that is unmounted while it is far off screen and replaced by an
 * empty div of its last measured height, so a long answer keeps a small DOM (style, layout and
 * paint of tens of thousands of elements were most of each frame's cost) and the scroll position
 * does not move. The height comes from the IntersectionObserver entry: nothing forces a layout.
 * A `live` group (the growing tail) and any group without IntersectionObserver (server markup,
 * tests) always stays mounted.
 */
export function OffscreenGroup({ live, children }: { live: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const findScrollRoot = useContext(ScrollRootContext);
  const [placeholderHeight, setPlaceholderHeight] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (live || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (!entry) return;
        // A group never laid out has no height to keep: it stays mounted until it has one.
        if (entry.isIntersecting || entry.boundingClientRect.height === 0) setPlaceholderHeight(undefined);
        else setPlaceholderHeight(entry.boundingClientRect.height);
      },
      { root: findScrollRoot(element), rootMargin: KEEP_MOUNTED_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [live, findScrollRoot]);
  return (
    <div ref={ref} className={live ? 'md-tail' : 'md-group'} style={placeholderHeight === undefined ? undefined : { height: placeholderHeight }}>
      {placeholderHeight === undefined && children}
    </div>
  );
}

/**
 * The nearest scrolling ancestor: the observer's margin applies to its root only, so the root must be
 * the box that scrolls the answer, not the viewport.
 */
function scrollContainer(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return null;
}

/**
 * Finds the scroll root once per answer (see useScrollRoot): reading computed styles for every group
 * that mounts forced a style recalculation each time.
 */
const ScrollRootContext = createContext<(element: HTMLElement) => HTMLElement | null>(scrollContainer);

/** Wraps an answer's groups so they share one lookup of their scroll root. */
export function ScrollRootProvider({ children }: { children: ReactNode }) {
  const found = useRef<{ root: HTMLElement | null } | undefined>(undefined);
  const [find] = useState(() => (element: HTMLElement) => (found.current ??= { root: scrollContainer(element) }).root);
  return <ScrollRootContext.Provider value={find}>{children}</ScrollRootContext.Provider>;
}
