import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { RunEvent } from '../../../../shared/contract';
import { bridge } from '../../bridge/bridge';
import { historyKeys } from './queries';

/**
 * Whether the host has recorded a run by the time of this event. The host sends a run's last event
 * (done or error, Stop included) once its history write has landed, so a list fetched then holds it;
 * a run the pane shows as stopped is recorded only when the host's own last event arrives.
 */
export function recordedBy(event: Pick<RunEvent, 'type'>): boolean {
  return event.type === 'done' || event.type === 'error';
}

/** Refetches the history once any run ends (done, failed or stopped). */
export function useHistoryRefresh(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      bridge.on('runs.event', (event) => {
        if (recordedBy(event)) void client.invalidateQueries({ queryKey: historyKeys.all });
      }),
    [client],
  );
}
