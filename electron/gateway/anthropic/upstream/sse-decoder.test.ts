import { describe, expect, it } from 'vitest';
import { SseDecoder, type SseMessage } from './sse-decoder';

function decodeInPieces(text: string, cuts: number[]): SseMessage[] {
  const bytes = Buffer.from(text, 'utf8');
  const decoder = new SseDecoder();
  const out: SseMessage[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(...decoder.push(bytes.subarray(from, cut)));
    from = cut;
  }
  return [...out, ...decoder.end()];
}

const STREAM = 'event: ping\ndata: {"type":"ping"}\n\n: a comment\nevent: content_block_delta\ndata: {"text":"Grüße 👋"}\n\nevent: message_stop\r\ndata: {"type":"message_stop"}\r\n\r\n';
const EXPECTED = [
  { event: 'ping', data: '{"type":"ping"}' },
  { event: 'content_block_delta', data: '{"text":"Grüße 👋"}' },
  { event: 'message_stop', data: '{"type":"message_stop"}' },
];

describe('SseDecoder', () => {
  it('decodes events, skipping comments, with LF or CRLF line ends', () => {
    expect(decodeInPieces(STREAM, [])).toEqual(EXPECTED);
  });

  it('gives the same messages however the bytes are cut, even inside a multi-byte character', () => {
    const length = Buffer.byteLength(STREAM);
    for (let cut = 1; cut < length; cut++) expect(decodeInPieces(STREAM, [cut])).toEqual(EXPECTED);
    expect(decodeInPieces(STREAM, Array.from({ length: length - 1 }, (_, i) => i + 1))).toEqual(EXPECTED);
  });

  it('joins multi-line data and keeps a message the stream ended without a blank line after', () => {
    expect(decodeInPieces('data: a\ndata: b\n\nevent: error\ndata: {"x":1}', [])).toEqual([
      { event: 'message', data: 'a\nb' },
      { event: 'error', data: '{"x":1}' },
    ]);
  });
});
