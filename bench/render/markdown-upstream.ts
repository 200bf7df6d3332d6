/**
 * A bench-only Anthropic upstream: every POST /v1/messages streams the same long markdown answer
 * as `deltas` text deltas, a few per socket write at a steady pace (like a fast model), so the
 * renderer sees a real stream through the web host and the gateway.
 */
import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MarkdownUpstreamOptions {
  deltas: string[];
  /** Deltas per second per stream. */
  deltasPerSecond: number;
}

/**
 * A request whose text contains this streams only the first WARM_UP_DELTAS deltas: the bench warms
 * the page up with one, so the heap measured before the run already holds the code compiled for
 * rendering markdown, and the growth measured is what the run keeps.
 */
export const WARM_UP_MARKER = 'warm-up';
const WARM_UP_DELTAS = 1000;

export interface MarkdownUpstream {
  url: string;
  /** Characters of answer text written so far by each full (not warm-up) stream, in the order they began. */
  sent(): number[];
  close(): Promise<void>;
}

const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export async function startMarkdownUpstream({ deltas, deltasPerSecond }: MarkdownUpstreamOptions): Promise<MarkdownUpstream> {
  const frames = deltas.map((text) => frame('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }));
  // textBefore[k]: characters of answer text in the first k deltas.
  const textBefore = [0];
  for (const delta of deltas) textBefore.push((textBefore[textBefore.length - 1] ?? 0) + delta.length);
  const streams: Array<{ deltasSent: number }> = [];
  const server = createServer((request, response) => {
    const body: Buffer[] = [];
    request.on('data', (chunk: Buffer) => body.push(chunk));
    request.once('end', () => {
      const warmUp = Buffer.concat(body).toString('utf8').includes(WARM_UP_MARKER);
      const progress = { deltasSent: 0 };
      if (!warmUp) streams.push(progress);
      void stream(response, warmUp ? frames.slice(0, WARM_UP_DELTAS) : frames, deltasPerSecond, progress);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent: () => streams.map(({ deltasSent }) => textBefore[deltasSent] ?? 0),
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

async function stream(response: ServerResponse, frames: string[], deltasPerSecond: number, progress: { deltasSent: number }): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_bench_render' });
  const message = { id: 'msg_bench', type: 'message', role: 'assistant', model: 'claude-sonnet-5-5', content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 20, output_tokens: 1 } };
  response.write(frame('message_start', { type: 'message_start', message }) + frame('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }));
  // Writes every 10 ms, each with the deltas due by then, so the pace holds whatever the timer jitter.
  const started = performance.now();
  let sent = 0;
  while (sent < frames.length && !response.destroyed) {
    await new Promise((done) => setTimeout(done, 10));
    const due = Math.min(frames.length, Math.floor(((performance.now() - started) / 1000) * deltasPerSecond));
    if (due > sent) response.write(frames.slice(sent, due).join(''));
    sent = Math.max(sent, due);
    progress.deltasSent = sent;
  }
  response.end(
    frame('content_block_stop', { type: 'content_block_stop', index: 0 }) +
      frame('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: frames.length } }) +
      frame('message_stop', { type: 'message_stop' }),
  );
}
