import { useLayoutEffect, useReducer, useRef } from 'react';

/**
 * Streaming answers share the main thread, and every frame in which one of them changes costs a
 * style, layout, paint and layerize of the page, whatever the size of the change. So:
 * - an answer streaming alone, with its end in view, shows new text on every frame;
 * - with several streaming, each shows new text at most every SHARED_INTERVAL_MS, on a clock shared
 *   by all, so they change in the same frame (taking turns put that page-wide work on nearly every
 *   frame), and an answer whose renders cost more than its share skips beats of the clock;
 * - an answer whose growing end is far off screen (the reader is higher up) shows new text every
 *   OFF_SCREEN_INTERVAL_MS: nobody sees the end grow, only the scroll bar does;
 * - the final text is always shown at once.
 */
export const SHARED_INTERVAL_MS = 50;
export const OFF_SCREEN_INTERVAL_MS = 250;

/** Longest wait, from render cost alone, between two renders of a streaming answer. */
const MAX_INTERVAL_MS = 250;
/** Without a shared clock, a held answer catches up by timer this long after, if no chunk re-renders it first. */
const CATCH_UP_MS = 50;

/** Answers streaming now: with several, each waits in proportion to its cost and their number. */
const streamingAnswers = new Set<object>();

/**
 * How long a streaming answer whose renders cost `costMs` waits between two, with `streaming` answers
 * in all: none when it streams alone; with others, long enough that each takes about its share of
 * the main thread.
 */
export function renderInterval(costMs: number, streaming: number): number {
  return streaming > 1 ? Math.min(MAX_INTERVAL_MS, costMs * 2 * (streaming - 1)) : 0;
}

/**
 * When an answer shown at `shownAt` may show new text: `renderInterval` later, and with a minimum
 * interval, at the first multiple of it on the page's clock after both, so that answers paced alike
 * render in the same frame.
 */
export function nextRenderAt(shownAt: number, costMs: number, streaming: number, minimumMs = 0): number {
  const paced = shownAt + renderInterval(costMs, streaming);
  if (minimumMs <= 0) return paced;
  return Math.max((Math.floor(shownAt / minimumMs) + 1) * minimumMs, Math.ceil(paced / minimumMs) * minimumMs);
}

/**
 * The value to render: `latest` when it is final or when this answer is due (see above); else the
 * one shown before, which a later render or a timer brings up to date. Also measures what taking a
 * new value cost (render and commit of the subtree), for pacing the next one. `offScreen`: the
 * answer's growing end is far from the visible area.
 */
export function usePacedValue<T>(latest: T, final: boolean, offScreen = false): T {
  const self = useRef({}).current;
  const shown = useRef(latest);
  const shownAt = useRef(0);
  const cost = useRef(0);
  const startedAt = useRef<number | undefined>(undefined);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const now = performance.now();
  const streaming = streamingAnswers.size;
  const clock = offScreen ? OFF_SCREEN_INTERVAL_MS : streaming > 1 ? SHARED_INTERVAL_MS : 0;
  const next = nextRenderAt(shownAt.current, cost.current, streaming, clock);
  if (shown.current !== latest && (final || now >= next)) {
    shown.current = latest;
    shownAt.current = now;
    startedAt.current = now;
  }
  const held = shown.current !== latest;
  useLayoutEffect(() => {
    if (final) return;
    streamingAnswers.add(self);
    return () => void streamingAnswers.delete(self);
  }, [final, self]);
  useLayoutEffect(() => {
    if (startedAt.current !== undefined) {
      cost.current = performance.now() - startedAt.current;
      startedAt.current = undefined;
    }
    if (!held) return;
    const wait = nextRenderAt(shownAt.current, cost.current, streamingAnswers.size, clock) - performance.now();
    const timer = setTimeout(rerender, clock > 0 ? Math.max(0, wait) : Math.max(CATCH_UP_MS, wait));
    return () => clearTimeout(timer);
  });
  return shown.current;
}
