/**
 * A minimal, fast fake of Anthropic's Messages API for benchmarks: POST /v1/messages,
 * streaming (SSE) or not. Every answer's frames are built once per (spec, model) and
 * reused, so the upstream costs little next to the gateways it feeds.
 *
 * The answer is chosen by the prompt (see answer-spec.ts) or by the headers
 * `x-bench-deltas` and `x-bench-text` (URI-encoded). Any anthropic-version is accepted;
 * the key may come as `x-api-key` or `Authorization: Bearer`.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTick } from 'node:timers/promises';
import { SPEC_HEADERS, specFromPrompt, specFromStrings, type AnswerSpec } from './answer-spec.js';

export interface FakeUpstreamOptions {
  /** The key callers must present; any non-empty key when undefined. */
  apiKey?: string;
  /** Delta frames per socket write (1 = one write per delta, like a real token stream). */
  deltasPerWrite?: number;
}

/** When the latest request reached the upstream (performance.now(), same clock as the bench client). */
export interface UpstreamTiming {
  /** Request headers parsed. */
  headersAt: number;
  /** Request body fully received. */
  bodyAt: number;
  /** First text delta (or the whole JSON answer) handed to the socket. */
  answeredAt: number;
}

export interface FakeUpstream {
  url: string;
  stats: { requests: number; streams: number; rejected: number };
  /** Timing of the most recent answered request; meaningful when requests are sequential. */
  lastTiming(): UpstreamTiming | undefined;
  close(): Promise<void>;
}

interface Frames {
  head: Buffer;
  deltaWrite: Buffer;
  tail: Buffer;
  json: Buffer;
}

const MAX_CACHED_ANSWERS = 64;

export async function startFakeUpstream(options: FakeUpstreamOptions = {}): Promise<FakeUpstream> {
  const deltasPerWrite = Math.max(1, Math.floor(options.deltasPerWrite ?? 1));
  const cache = new Map<string, Frames>();
  const sockets = new Set<Socket>();
  const stats = { requests: 0, streams: 0, rejected: 0 };
  let latest: UpstreamTiming | undefined;

  const framesFor = (spec: AnswerSpec, model: string): Frames => {
    const key = `${spec.deltas}\u0000${model}\u0000${spec.text}`;
    let frames = cache.get(key);
    if (!frames) {
      if (cache.size >= MAX_CACHED_ANSWERS) cache.clear();
      frames = buildFrames(spec, model, deltasPerWrite);
      cache.set(key, frames);
    }
    return frames;
  };

  const server = createServer((req, res) => {
    stats.requests++;
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'api_error', String(error));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headersAt = performance.now();
    const body = await readBody(req);
    const bodyAt = performance.now();
    if (req.method === 'GET' && (req.url === '/' || req.url === '/health')) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.method !== 'POST' || !(req.url ?? '').split('?')[0]?.endsWith('/messages')) {
      sendError(res, 404, 'not_found_error', `No route for ${req.method} ${req.url}`);
      return;
    }
    const key = presentedKey(req);
    if (!key || (options.apiKey !== undefined && key !== options.apiKey)) {
      stats.rejected++;
      sendError(res, 401, 'authentication_error', 'invalid x-api-key');
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      sendError(res, 400, 'invalid_request_error', 'body is not JSON');
      return;
    }
    const request = asRecord(parsed);
    const spec = specFromHeaders(req) ?? specFromPrompt(lastUserText(request?.messages));
    if (!request || !spec) {
      sendError(res, 400, 'invalid_request_error', 'no answer spec: send a prompt made by promptFor() or x-bench-* headers');
      return;
    }
    const model = typeof request.model === 'string' ? request.model : 'claude-bench';
    const frames = framesFor(spec, model);
    const timing: UpstreamTiming = { headersAt, bodyAt, answeredAt: NaN };
    latest = timing;
    if (request.stream === true) {
      stats.streams++;
      await streamAnswer(res, frames, Math.ceil(spec.deltas / deltasPerWrite), spec.deltas % deltasPerWrite, timing);
    } else {
      timing.answeredAt = performance.now();
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_bench' }).end(frames.json);
    }
  }

  server.on('connection', (socket) => {
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    lastTiming: () => latest,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  async function streamAnswer(res: ServerResponse, frames: Frames, writes: number, remainder: number, timing: UpstreamTiming): Promise<void> {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'request-id': 'req_bench',
    });
    res.write(frames.head);
    const oneDelta = frames.deltaWrite.subarray(0, frames.deltaWrite.length / deltasPerWrite);
    for (let i = 0; i < writes; i++) {
      if (res.destroyed) return;
      const last = i === writes - 1 && remainder > 0;
      const chunk = last ? Buffer.concat(Array.from({ length: remainder }, () => oneDelta)) : frames.deltaWrite;
      if (i === 0) timing.answeredAt = performance.now();
      // Yield between writes so concurrent streams interleave and the gateway sees a stream, not one blob.
      if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      else await nextTick();
    }
    res.end(frames.tail);
  }
}

function buildFrames(spec: AnswerSpec, model: string, deltasPerWrite: number): Frames {
  const id = `msg_bench_${spec.deltas}`;
  const usage = { input_tokens: 12, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: spec.deltas };
  const message = { id, type: 'message', role: 'assistant', model, stop_sequence: null };
  const head =
    sse('message_start', { type: 'message_start', message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } } }) +
    sse('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
  const delta = sse('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: spec.text } });
  const tail =
    sse('content_block_stop', { type: 'content_block_stop', index: 0 }) +
    sse('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage }) +
    sse('message_stop', { type: 'message_stop' });
  const whole = { ...message, content: [{ type: 'text', text: spec.text.repeat(spec.deltas) }], stop_reason: 'end_turn', usage };
  return {
    head: Buffer.from(head),
    deltaWrite: Buffer.from(delta.repeat(deltasPerWrite)),
    tail: Buffer.from(tail),
    json: Buffer.from(JSON.stringify(whole)),
  };
}

function sse(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

function sendError(res: ServerResponse, status: number, type: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'error', error: { type, message } }));
}

function presentedKey(req: IncomingMessage): string | undefined {
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header) return header;
  const authorization = req.headers.authorization;
  const match = authorization ? /^Bearer\s+(.+)$/i.exec(authorization) : null;
  return match?.[1];
}

function specFromHeaders(req: IncomingMessage): AnswerSpec | undefined {
  const text = req.headers[SPEC_HEADERS.text];
  const deltas = req.headers[SPEC_HEADERS.deltas];
  if (typeof text !== 'string' || typeof deltas !== 'string') return undefined;
  return specFromStrings(deltas, decodeURIComponent(text));
}

/** The text of the last user message, whether its content is a string or an array of blocks. */
function lastUserText(messages: unknown): string {
  if (!Array.isArray(messages)) return '';
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = asRecord(messages[i]);
    if (message?.role !== 'user') continue;
    if (typeof message.content === 'string') return message.content;
    if (Array.isArray(message.content)) {
      return message.content.map((block) => {
        const text = asRecord(block)?.text;
        return typeof text === 'string' ? text : '';
      }).join('');
    }
    return '';
  }
  return '';
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
