import { useEffect } from 'react';
import type { ChatChunk } from '../../../../shared/chat/chunk';
import { bridge } from '../../bridge/bridge';
import { useRunsStore } from './store';

/**
 * Subscribes to run events once for the whole app. Chunks are buffered and
 * applied once per animation frame, so a fast stream costs one render a frame.
 */
export function useRunEvents(): void {
  useEffect(() => {
    const pending = new Map<string, ChatChunk[]>();
    let frame = 0;

    const flush = (): void => {
      frame = 0;
      const { receiveChunks } = useRunsStore.getState();
      for (const [runId, chunks] of pending) receiveChunks(runId, chunks);
      pending.clear();
    };

    const unsubscribe = bridge.on('runs.event', (event) => {
      if (event.type === 'chunks') {
        const list = pending.get(event.runId) ?? [];
        list.push(...event.chunks);
        pending.set(event.runId, list);
        if (!frame) frame = requestAnimationFrame(flush);
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
