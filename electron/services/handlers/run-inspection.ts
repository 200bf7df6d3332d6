import type { HandlerContext, InspectedEvent } from '../../../shared/contract';
import type { StreamInspector, UpstreamEvent } from '../../gateway';

/** Raw events sent in full per run; past this only their number is. A long answer has tens of thousands. */
export const FORWARDED_EVENT_LIMIT = 2000;

/**
 * Forwards what the gateway saw upstream as run events: the request, and raw events stamped with
 * the time since the run began (one stamp per socket read: those events arrived together).
 */
export function runInspector(runId: string, context: HandlerContext, startedAt: number, now: () => number = performance.now.bind(performance)): StreamInspector {
  let forwarded = 0;
  return {
    onUpstreamRequest: (request) => context.emit('runs.event', { runId, type: 'upstream_request', request }),
    onUpstreamEvents: (events: readonly UpstreamEvent[]) => {
      const at = Math.round(now() - startedAt);
      const room = Math.max(0, FORWARDED_EVENT_LIMIT - forwarded);
      const kept: InspectedEvent[] = events.slice(0, room).map(({ event, data }) => ({ at, event, data }));
      forwarded += kept.length;
      context.emit('runs.event', { runId, type: 'upstream_events', events: kept, omitted: events.length - kept.length });
    },
  };
}
