import type { HandlerContext, InspectedEvent } from '../../../shared/contract';
import type { StreamInspector, UpstreamEvent } from '../../gateway';

/** Raw events sent in full per run; past this only their number is. A long answer has tens of thousands. */
export const FORWARDED_EVENT_LIMIT = 2000;
/** Past the limit, how often the count of left-out events is reported. */
const COUNT_INTERVAL_MS = 250;

export interface RunInspector extends StreamInspector {
  /** Reports the events counted but not yet reported; call before the run's last event. */
  flush(): void;
}

/**
 * Forwards what the gateway saw upstream as run events: the request, and raw events stamped with
 * the time since the run began (one stamp per socket read: those events arrived together). Past the
 * limit, reads cost one counter update and an event every COUNT_INTERVAL_MS, not one per read.
 */
export function runInspector(runId: string, context: HandlerContext, startedAt: number, now: () => number = performance.now.bind(performance)): RunInspector {
  let forwarded = 0;
  let pendingOmitted = 0;
  let reportedAt = 0;
  const report = (events: InspectedEvent[], at: number): void => {
    context.emit('runs.event', { runId, type: 'upstream_events', events, omitted: pendingOmitted });
    pendingOmitted = 0;
    reportedAt = at;
  };
  return {
    onUpstreamRequest: (request) => context.emit('runs.event', { runId, type: 'upstream_request', request }),
    onUpstreamEvents: (events: readonly UpstreamEvent[]) => {
      const time = now();
      const room = Math.max(0, FORWARDED_EVENT_LIMIT - forwarded);
      const at = Math.round(time - startedAt);
      const kept: InspectedEvent[] = room === 0 ? [] : events.slice(0, room).map(({ event, data }) => ({ at, event, data }));
      forwarded += kept.length;
      pendingOmitted += events.length - kept.length;
      if (kept.length > 0 || time - reportedAt >= COUNT_INTERVAL_MS) report(kept, time);
    },
    flush: () => {
      if (pendingOmitted > 0) report([], now());
    },
  };
}
