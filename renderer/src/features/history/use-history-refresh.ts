import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { RunState } from '../runs/run-state';
import { useRunsStore } from '../runs/store';
import { historyKeys } from './queries';

type ByPane = Readonly<Record<string, Pick<RunState, 'runId' | 'status'>>>;

/** Whether a run that was streaming has ended (done, failed or stopped) between two states of the runs store. */
export function runEnded(now: ByPane, before: ByPane): boolean {
  return Object.entries(now).some(([paneId, run]) => {
    const was = Object.hasOwn(before, paneId) ? before[paneId] : undefined;
    return was?.status === 'running' && was.runId === run.runId && run.status !== 'running' && run.status !== 'idle';
  });
}

/** Refetches the history once any pane's run ends: the host has recorded it by then. */
export function useHistoryRefresh(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      useRunsStore.subscribe((state, previous) => {
        if (state.byPane !== previous.byPane && runEnded(state.byPane, previous.byPane)) void client.invalidateQueries({ queryKey: historyKeys.all });
      }),
    [client],
  );
}
