import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/** How far outside the visible area a group stays mounted, so a scroll shows text, not a blank. */
const KEEP_MOUNTED_MARGIN = '1500px 0px';

/** Reports whether a group is near the visible area, and its height when it is not. */
type Visibility = (entry: IntersectionObserverEntry) => void;
type Observe = (element: HTMLElement, onChange: Visibility) => () => void;

/** Below this many characters a group's height says little about the answer's height per character. */
const MIN_SAMPLE_CHARACTERS = 1000;

/**
 * What an answer's groups share: one observer, and the height per character of the answer's text as
 * last measured, for sizing a group the browser has not laid out (see OffscreenGroup).
 */
interface SharedGroups {
  observe: Observe;
  pixelsPerCharacter: number | undefined;
}

/**
 * A finished group of answer blocks that is unmounted while it is far off screen and replaced by an
 * empty div of its last measured height, so a long answer keeps a small DOM (style, layout and
 * paint of tens of thousands of elements were most of each frame's cost) and the scroll position
 * does not move. The height comes from the IntersectionObserver entry: nothing forces a layout.
 *
 * A `live` group (the growing tail) always stays mounted and reports whether it is near the visible
 * area. While it is far off screen (the reader is higher up) the browser skips its style, layout and
 * paint (`content-visibility: auto`): laying out text nobody sees was most of each frame's work with
 * four answers streaming. Its box then takes an estimated height, its length times the answer's
 * height per character, so the scroll bar still grows; the estimate stays until the browser lays the
 * group out (it remembers the real height from then on), also once the group is finished.
 * Without IntersectionObserver (server markup, tests) every group stays mounted and laid out.
 */
export function OffscreenGroup({ live, length, onLiveNearView, children }: { live: boolean; length: number; onLiveNearView?: (near: boolean) => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const shared = useContext(ObserverContext);
  const [placeholderHeight, setPlaceholderHeight] = useState<number | undefined>(undefined);
  const [tailFar, setTailFar] = useState(false);
  const [estimated, setEstimated] = useState(false);
  const latestLength = useRef(length);
  latestLength.current = length;
  useEffect(() => {
    const element = ref.current;
    if (!element || !shared) return;
    if (live) {
      const stop = shared.observe(element, (entry) => {
        const near = entry.isIntersecting;
        // Measured only while the browser lays the group out, that is before it is marked far.
        if (!near && !element.classList.contains('md-tail-far') && latestLength.current >= MIN_SAMPLE_CHARACTERS && entry.boundingClientRect.height > 0) {
          shared.pixelsPerCharacter = entry.boundingClientRect.height / latestLength.current;
        }
        setTailFar(!near && shared.pixelsPerCharacter !== undefined);
        if (!near && shared.pixelsPerCharacter !== undefined) setEstimated(true);
        onLiveNearView?.(near);
      });
      // Until another live group reports (a new run starts short, with no groups), the end counts as in view.
      return () => {
        stop();
        onLiveNearView?.(true);
      };
    }
    return shared.observe(element, (entry) => {
      // A group never laid out has no height to keep: it stays mounted until it has one.
      if (entry.isIntersecting || entry.boundingClientRect.height === 0) setPlaceholderHeight(undefined);
      else setPlaceholderHeight(entry.boundingClientRect.height);
    });
  }, [live, shared, onLiveNearView]);
  const far = live && tailFar;
  // `auto`: once the browser has laid the group out, the height it remembers wins over the estimate.
  const estimate = estimated && shared?.pixelsPerCharacter !== undefined ? `auto ${Math.round(length * shared.pixelsPerCharacter)}px` : undefined;
  const style = placeholderHeight !== undefined ? { height: placeholderHeight, containIntrinsicSize: estimate } : estimate ? { containIntrinsicSize: estimate } : undefined;
  return (
    <div ref={ref} className={live ? (far ? 'md-tail md-tail-far' : 'md-tail') : 'md-group'} style={style}>
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
const ObserverContext = createContext<SharedGroups | undefined>(undefined);

/**
 * One IntersectionObserver per answer for all its groups: a long answer has hundreds of groups, and
 * an observer each cost memory per group and work per frame. The scroll root is looked up once, when
 * the first group is observed (reading computed styles for every group forced a style recalculation
 * each time).
 */
function sharedGroups(): SharedGroups & { disconnect: () => void } {
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
  return { observe, pixelsPerCharacter: undefined, disconnect: () => observer?.disconnect() };
}

/** Wraps an answer's groups so they share one observer. */
export function ScrollRootProvider({ children }: { children: ReactNode }) {
  const [shared] = useState(() => (typeof IntersectionObserver === 'undefined' ? undefined : sharedGroups()));
  useEffect(() => () => shared?.disconnect(), [shared]);
  return <ObserverContext.Provider value={shared}>{children}</ObserverContext.Provider>;
}
