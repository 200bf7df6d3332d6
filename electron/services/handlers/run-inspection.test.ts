import { describe, expect, it } from 'vitest';
import type { HandlerContext, RunEvent } from '../../../shared/contract';
import { FORWARDED_EVENT_LIMIT, runInspector } from './run-inspection';

function collect() {
  const events: RunEvent[] = [];
  const context: HandlerContext = { emit: (channel, payload) => void (channel === 'runs.event' && events.push(payload as RunEvent)) };
  return { events, context };
}

describe('runInspector', () => {
  it('forwards the upstream request as it came', () => {
    const { events, context } = collect();
    const request = { url: 'http://x/v1/messages', method: 'POST', headers: { 'x-api-key': '[redacted]' }, body: '{}' };
    runInspector('r1', context, 0).onUpstreamRequest?.(request);
    expect(events).toEqual([{ runId: 'r1', type: 'upstream_request', request }]);
  });

  it('stamps each read with the time since the run began, and counts what passes the limit', () => {
    const { events, context } = collect();
    let clock = 100;
    const inspector = runInspector('r1', context, 100, () => clock);
    clock = 112.4;
    inspector.onUpstreamEvents?.([{ event: 'message_start', data: '{}' }, { event: 'ping', data: '{}' }]);
    const many = Array.from({ length: FORWARDED_EVENT_LIMIT }, () => ({ event: 'content_block_delta', data: '{}' }));
    clock = 150;
    inspector.onUpstreamEvents?.(many);
    expect(events[0]).toEqual({ runId: 'r1', type: 'upstream_events', omitted: 0, events: [{ at: 12, event: 'message_start', data: '{}' }, { at: 12, event: 'ping', data: '{}' }] });
    expect(events[1]).toMatchObject({ type: 'upstream_events', omitted: 2 });
    expect(events[1]?.type === 'upstream_events' && events[1].events.length).toBe(FORWARDED_EVENT_LIMIT - 2);
    // Past the limit, counts are reported at most every 250 ms, and the rest on flush.
    clock = 200;
    inspector.onUpstreamEvents?.([{ event: 'content_block_delta', data: '{}' }]);
    expect(events).toHaveLength(2);
    clock = 401;
    inspector.onUpstreamEvents?.([{ event: 'content_block_delta', data: '{}' }]);
    expect(events[2]).toEqual({ runId: 'r1', type: 'upstream_events', events: [], omitted: 2 });
    inspector.onUpstreamEvents?.([{ event: 'message_stop', data: '{}' }]);
    inspector.flush();
    inspector.flush();
    expect(events.slice(3)).toEqual([{ runId: 'r1', type: 'upstream_events', events: [], omitted: 1 }]);
  });
});
