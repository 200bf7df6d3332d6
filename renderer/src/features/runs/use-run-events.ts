import { useEffect } from 'react';
import { bridge } from '../../bridge/bridge';
import { useRunsStore, type FrameBatch } from './store';

/**
 * Subscribes to run events once for the whole app. Chunks and raw upstream events (the Inspector's)
 * are buffered and applied once per animation frame, so a fast stream costs one render a frame.
 */
export function useRunEvents(): void {
  useEffect(() => {
    const pending = new Map<string, FrameBatch>();
    let frame = 0;

    const flush = (): void => {
      frame = 0;
      const { receiveBatch } = useRunsStore.getState();
      for (const [runId, batch] of pending) receiveBatch(runId, batch);
      pending.clear();
    };
    const batchOf = (runId: string): FrameBatch => {
      let batch = pending.get(runId);
      if (!batch) pending.set(runId, (batch = { chunks: [], events: [], omitted: 0 }));
      if (!frame) frame = requestAnimationFrame(flush);
      return batch;
    };

    const unsubscribe = bridge.on('runs.event', (event) => {
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
      // Anything buffered belongs before the end of the run.
      if (frame) {
        cancelAnimationFrame(frame);
        flush();
      }
      useRunsStore.getState().receive(event);
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
}
