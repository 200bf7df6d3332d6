import type { RunEvent } from '../../../../shared/contract';
import type { FrameBatch } from './store';

/** The events that are not buffered. */
export type UnbatchedRunEvent = Exclude<RunEvent, { type: 'chunks' | 'upstream_events' }>;

/** Where batched run events go: one batch per run and frame, and every other event as it comes. */
export interface RunEventSink {
  batch(runId: string, batch: FrameBatch): void;
  event(event: UnbatchedRunEvent): void;
}

/** Runs `callback` once, soon after the next frame; returns a cancel. */
export type AfterFrame = (callback: () => void) => () => void;

/**
 * Chunks and raw upstream events (the Inspector's) are buffered and applied once per frame, so a
 * fast stream costs one render a frame. Any other event (the end of a run, an error) first applies
 * what is buffered, so it lands after the chunks that came before it.
 */
export function createRunEventBatcher(sink: RunEventSink, afterFrame: AfterFrame) {
  const pending = new Map<string, FrameBatch>();
  let cancel: (() => void) | undefined;

  const flush = (): void => {
    cancel = undefined;
    for (const [runId, batch] of pending) sink.batch(runId, batch);
    pending.clear();
  };
  const batchOf = (runId: string): FrameBatch => {
    let batch = pending.get(runId);
    if (!batch) pending.set(runId, (batch = { chunks: [], events: [], omitted: 0 }));
    cancel ??= afterFrame(flush);
    return batch;
  };

  return {
    receive(event: RunEvent): void {
      if (event.type === 'chunks') {
        const { chunks } = batchOf(event.runId);
        for (const chunk of event.chunks) chunks.push(chunk);
        return;
      }
      if (event.type === 'upstream_events') {
        const batch = batchOf(event.runId);
        for (const item of event.events) batch.events.push(item);
        batch.omitted += event.omitted;
        return;
      }
      if (cancel) {
        cancel();
        flush();
      }
      sink.event(event);
    },
    dispose(): void {
      cancel?.();
      cancel = undefined;
      pending.clear();
    },
  };
}

/**
 * After the next frame, in a task of its own posted from the frame callback rather than in the
 * callback: the store's subscribers render synchronously, and inside the frame callback that render,
 * the frame's layout and its paint made one task (with four streaming panes, often over 50 ms).
 * Split, the render runs just after the frame and is laid out in the next one.
 */
export const afterNextFrame: AfterFrame = (callback) => {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) callback();
  };
  const frame = requestAnimationFrame(() => channel.port2.postMessage(undefined));
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    channel.port1.close();
  };
};
