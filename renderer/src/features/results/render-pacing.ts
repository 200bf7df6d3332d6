import { useLayoutEffect, useReducer, useRef } from 'react';

/**
 * Streaming answers share the main thread: in one render pass (one frame's batch of chunks), answers
 * take in their new text until about this much time is expected to be spent. The first one in a
 * pass always does, so every answer keeps moving; the others show their text a frame or two later.
 * With one pane this never holds anything back; with four streaming at once it keeps each frame
 * short instead of rendering all four answers in one long task.
 */
const PASS_BUDGET_MS = 10;
/** A held-back answer shows its latest text after this long even if no new chunk re-renders it. */
const CATCH_UP_MS = 50;

/** Longest wait between two renders of a streaming answer. */
const MAX_INTERVAL_MS = 250;

/**
 * How often an answer whose growing end is far off screen shows new text: nobody sees it grow, only
 * the scroll bar does, and four such answers rendered on every frame kept the main thread busy.
 * Scrolled near, the end is rendered at the normal pace again at once.
 */
export const OFF_SCREEN_INTERVAL_MS = MAX_INTERVAL_MS;

let spentThisPass = 0;
/** Answers streaming now: with several, each waits in proportion to its cost and their number. */
const streamingAnswers = new Set<object>();
let resetQueued = false;

/** Whether a render expected to take `expectedMs` fits in this pass. Pure bookkeeping, reset after the pass. */
export function claimRenderTime(expectedMs: number): boolean {
  if (spentThisPass > 0 && spentThisPass + expectedMs > PASS_BUDGET_MS) return false;
  spentThisPass += Math.max(expectedMs, 0.01);
  if (!resetQueued) {
    resetQueued = true;
    // React renders a pass synchronously: a microtask runs once it is over.
    queueMicrotask(() => {
      spentThisPass = 0;
      resetQueued = false;
    });
  }
  return true;
}

/**
 * How long a streaming answer whose renders cost `costMs` waits between two, with `streaming` answers
 * in all: none when it streams alone; with others, long enough that each takes about its share of
 * the main thread, which also staggers them so they do not all render in the same frame.
 */
export function renderInterval(costMs: number, streaming: number): number {
  return streaming > 1 ? Math.min(MAX_INTERVAL_MS, costMs * 2 * (streaming - 1)) : 0;
}

/**
 * When an answer shown at `shownAt` may show new text: `renderInterval` later, and with a minimum
 * interval, not before the next multiple of it on the page's clock, so that answers paced alike
 * render in the same frame: one style, layout and paint for all of them instead of one each.
 */
export function nextRenderAt(shownAt: number, costMs: number, streaming: number, minimumMs = 0): number {
  const paced = shownAt + renderInterval(costMs, streaming);
  return minimumMs > 0 ? Math.max(paced, (Math.floor(shownAt / minimumMs) + 1) * minimumMs) : paced;
}

/**
 * The value to render: `latest` when it is final, or when this answer is due and fits the pass's
 * budget; else the one shown before (a later pass, or a timer, brings it up to date). Also measures
 * what taking a new value cost (render and commit of the subtree), for pacing the next one.
 * `minimumIntervalMs` spaces renders at least that far apart, on a clock shared by all answers (OFF_SCREEN_INTERVAL_MS).
 */
export function usePacedValue<T>(latest: T, final: boolean, minimumIntervalMs = 0): T {
  const self = useRef({}).current;
  const shown = useRef(latest);
  const shownAt = useRef(0);
  const cost = useRef(0);
  const startedAt = useRef<number | undefined>(undefined);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const now = performance.now();
  const due = now >= nextRenderAt(shownAt.current, cost.current, streamingAnswers.size, minimumIntervalMs);
  if (shown.current !== latest && (final || (due && claimRenderTime(cost.current)))) {
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
    const wait = nextRenderAt(shownAt.current, cost.current, streamingAnswers.size, minimumIntervalMs) - performance.now();
    const timer = setTimeout(rerender, minimumIntervalMs > 0 ? Math.max(0, wait) : Math.max(CATCH_UP_MS, wait));
    return () => clearTimeout(timer);
  });
  return shown.current;
}
