/**
 * Incremental decoder for text/event-stream bytes, fed straight from the socket.
 * Works on Buffers and only decodes complete lines, so a multi-byte character
 * split across reads is never broken.
 * https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 */
export interface SseMessage {
  event: string;
  data: string;
}

const LF = 0x0a;
const CR = 0x0d;

export class SseDecoder {
  private pending: Buffer | undefined;
  private event = '';
  private data: string[] = [];

  /** Feeds bytes; returns every message they complete. */
  push(bytes: Buffer): SseMessage[] {
    const buffer = this.pending ? Buffer.concat([this.pending, bytes]) : bytes;
    const messages: SseMessage[] = [];
    let start = 0;
    for (;;) {
      const newline = buffer.indexOf(LF, start);
      if (newline === -1) break;
      const end = newline > start && buffer[newline - 1] === CR ? newline - 1 : newline;
      this.line(buffer.toString('utf8', start, end), messages);
      start = newline + 1;
    }
    this.pending = start < buffer.length ? buffer.subarray(start) : undefined;
    return messages;
  }

  /** What an unterminated last message held, when the stream ends. */
  end(): SseMessage[] {
    const messages: SseMessage[] = [];
    if (this.pending) this.line(this.pending.toString('utf8').replace(/\r$/, ''), messages);
    this.pending = undefined;
    this.line('', messages);
    return messages;
  }

  private line(line: string, messages: SseMessage[]): void {
    if (line === '') {
      if (this.data.length > 0 || this.event !== '') messages.push({ event: this.event || 'message', data: this.data.join('\n') });
      this.event = '';
      this.data = [];
      return;
    }
    if (line.charCodeAt(0) === 0x3a) return; // ":" starts a comment
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 0x20) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
  }
}
