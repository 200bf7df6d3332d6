import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useRunsStore } from '../runs/store';
import { historyKeys } from './queries';

/** Refetches the history once any pane's run ends (done, failed or stopped): the host has recorded it by then. */
export function useHistoryRefresh(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      useRunsStore.subscribe((state, previous) => {
        const ended = Object.entries(state.byPane).some(([paneId, run]) => {
          const before = previous.byPane[paneId];
          return run.status !== 'running' && run.status !== 'idle' && before?.status === 'running' && before.runId === run.runId;
        });
        if (ended) void client.invalidateQueries({ queryKey: historyKeys.all });
      }),
    [client],
  );
}
