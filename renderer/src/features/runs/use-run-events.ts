import { useEffect } from 'react';
import { bridge } from '../../bridge/bridge';
import { afterNextFrame, createRunEventBatcher } from './run-event-batcher';
import { useRunsStore } from './store';

/** Subscribes to run events once for the whole app; chunks are applied once per frame (run-event-batcher.ts). */
export function useRunEvents(): void {
  useEffect(() => {
    const batcher = createRunEventBatcher(
      {
        batch: (runId, batch) => useRunsStore.getState().receiveBatch(runId, batch),
        event: (event) => useRunsStore.getState().receive(event),
      },
      afterNextFrame,
    );
    const unsubscribe = bridge.on('runs.event', (event) => batcher.receive(event));
    return () => {
      unsubscribe();
      batcher.dispose();
    };
  }, []);
}
