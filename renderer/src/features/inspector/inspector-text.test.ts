import { describe, expect, it } from 'vitest';
import { eventsNote, formatEvents, formatUpstreamRequest, prettyJson } from './inspector-text';

describe('inspector text', () => {
  it.each([
    ['{"a":1}', '{\n  "a": 1\n}'],
    ['not json', 'not json'],
    ['', ''],
  ])('prettyJson(%j)', (input, expected) => {
    expect(prettyJson(input)).toBe(expected);
  });

  it('formats the request line, headers and body', () => {
    expect(formatUpstreamRequest({ url: 'http://h/v1/messages', method: 'POST', headers: { authorization: '[redacted]', 'content-type': 'application/json' }, body: '{"max_tokens":5}' })).toBe(
      'POST http://h/v1/messages\nauthorization: [redacted]\ncontent-type: application/json\n\n{\n  "max_tokens": 5\n}',
    );
  });

  it('formats events with their time', () => {
    expect(formatEvents([{ at: 3, event: 'ping', data: '{}' }, { at: 9, event: 'message_stop', data: '{"type":"message_stop"}' }])).toBe(
      '+3 ms\nevent: ping\ndata: {}\n\n+9 ms\nevent: message_stop\ndata: {"type":"message_stop"}\n',
    );
  });

  it.each([
    [10, 10, undefined],
    [2000, 20345, 'Showing the first 2,000 of 20,345 events; later ones are counted, not kept.'],
  ])('eventsNote(%i, %i)', (kept, total, expected) => {
    expect(eventsNote(kept, total)).toBe(expected);
  });
});
