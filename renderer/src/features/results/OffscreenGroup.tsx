import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/** How far outside the visible area a group stays mounted, so a scroll shows text, not a blank. */
const KEEP_MOUNTED_MARGIN = '1500px 0px';

/** Reports whether a group is near the visible area, and its height when it is not. */
type Visibility = (entry: IntersectionObserverEntry) => void;
type Observe = (element: HTMLElement, onChange: Visibility) => () => void;

/**
 * A finished group of answer blocks that is unmounted while it is far off screen and replaced by an
 * empty div of its last measured height, so a long answer keeps a small DOM (style, layout and
 * paint of tens of thousands of elements were most of each frame's cost) and the scroll position
 * does not move. The height comes from the IntersectionObserver entry: nothing forces a layout.
 * A `live` group (the growing tail) and any group without IntersectionObserver (server markup,
 * tests) always stays mounted; the live one reports whether it is near the visible area.
 */
export function OffscreenGroup({ live, onLiveNearView, children }: { live: boolean; onLiveNearView?: (near: boolean) => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const observe = useContext(ObserverContext);
  const [placeholderHeight, setPlaceholderHeight] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element || !observe) return;
    // The live group is never unmounted; whether it is near the visible area paces its renders.
    if (live) {
      if (!onLiveNearView) return;
      const stop = observe(element, (entry) => onLiveNearView(entry.isIntersecting));
      // Until another live group reports (a new run starts short, with no groups), the end counts as in view.
      return () => {
        stop();
        onLiveNearView(true);
      };
    }
    return observe(element, (entry) => {
      // A group never laid out has no height to keep: it stays mounted until it has one.
      if (entry.isIntersecting || entry.boundingClientRect.height === 0) setPlaceholderHeight(undefined);
      else setPlaceholderHeight(entry.boundingClientRect.height);
    });
  }, [live, observe, onLiveNearView]);
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

/** Undefined where there is no IntersectionObserver: every group then stays mounted. */
const ObserverContext = createContext<Observe | undefined>(undefined);

/**
 * One IntersectionObserver per answer for all its groups: a long answer has hundreds of groups, and
 * an observer each cost memory per group and work per frame. The scroll root is looked up once, when
 * the first group is observed (reading computed styles for every group forced a style recalculation
 * each time).
 */
function sharedObserver(): { observe: Observe; disconnect: () => void } {
  const callbacks = new Map<Element, Visibility>();
  let observer: IntersectionObserver | undefined;
  const observe: Observe = (element, onChange) => {
    observer ??= new IntersectionObserver(
      // In order, so a group that moved twice in one batch ends with its latest state.
      (entries) => {
        for (const entry of entries) callbacks.get(entry.target)?.(entry);
      },
      { root: scrollContainer(element), rootMargin: KEEP_MOUNTED_MARGIN },
    );
    callbacks.set(element, onChange);
    observer.observe(element);
    return () => {
      callbacks.delete(element);
      observer?.unobserve(element);
    };
  };
  return { observe, disconnect: () => observer?.disconnect() };
}

/** Wraps an answer's groups so they share one observer. */
export function ScrollRootProvider({ children }: { children: ReactNode }) {
  const [shared] = useState(() => (typeof IntersectionObserver === 'undefined' ? undefined : sharedObserver()));
  useEffect(() => () => shared?.disconnect(), [shared]);
  return <ObserverContext.Provider value={shared?.observe}>{children}</ObserverContext.Provider>;
}
