/**
 * The benchmark's HTTP client: node:http with keep-alive, a minimal SSE reader,
 * and timings taken around each request. The same client calls every target.
 */
import { Agent, request, type IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { AnswerSpec } from './answer-spec.js';
import { requestBody, requestPath, streamEventText, wholeResponseText, type WireFormat } from './wire-formats.js';

export interface Endpoint {
  /** e.g. http://127.0.0.1:8787 (no trailing slash, no /v1). */
  baseUrl: string;
  format: WireFormat;
  headers: Record<string, string>;
}

export interface StreamResult {
  /** performance.now() when the request started. */
  startedAt: number;
  /** From the request's start to the first SSE event carrying non-empty text. */
  firstTextMs: number;
  totalMs: number;
  text: string;
  /** SSE events that carried non-empty text. */
  textEvents: number;
}

export interface WholeResult {
  startedAt: number;
  totalMs: number;
  text: string;
}

const REQUEST_TIMEOUT_MS = 120_000;

export class BenchClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });
  private readonly host: string;
  private readonly port: number;
  private readonly path: string;

  constructor(private readonly endpoint: Endpoint) {
    const url = new URL(endpoint.baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.path = requestPath(endpoint.format);
  }

  async stream(spec: AnswerSpec): Promise<StreamResult> {
    const { format } = this.endpoint;
    const start = performance.now();
    const res = await this.send(requestBody(format, spec, true));
    let firstTextMs = -1;
    let text = '';
    let textEvents = 0;
    let pending = '';
    res.setEncoding('utf8');
    for await (const chunk of res as AsyncIterable<string>) {
      pending += chunk;
      let lineStart = 0;
      for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n', lineStart)) {
        const line = pending.slice(lineStart, newline);
        lineStart = newline + 1;
        if (!line.startsWith('data:')) continue;
        const payload = line.slice(5).trim();
        if (payload === '' || payload === '[DONE]') continue;
        const piece = streamEventText(format, JSON.parse(payload));
        if (piece === '') continue;
        if (firstTextMs < 0) firstTextMs = performance.now() - start;
        text += piece;
        textEvents++;
      }
      pending = pending.slice(lineStart);
    }
    return { startedAt: start, firstTextMs, totalMs: performance.now() - start, text, textEvents };
  }

  async whole(spec: AnswerSpec): Promise<WholeResult> {
    const { format } = this.endpoint;
    const start = performance.now();
    const res = await this.send(requestBody(format, spec, false));
    const body = await readAll(res);
    const totalMs = performance.now() - start;
    return { startedAt: start, totalMs, text: wholeResponseText(format, JSON.parse(body)) };
  }

  close(): void {
    this.agent.destroy();
  }

  private send(body: string): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: this.host,
          port: this.port,
          path: this.path,
          method: 'POST',
          agent: this.agent,
          timeout: REQUEST_TIMEOUT_MS,
          headers: { ...this.endpoint.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          if (res.statusCode === 200) {
            resolve(res);
            return;
          }
          readAll(res).then(
            (text) => reject(new Error(`HTTP ${res.statusCode} from ${this.endpoint.baseUrl}${this.path}: ${text.slice(0, 500)}`)),
            reject,
          );
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer from ${this.endpoint.baseUrl} within ${REQUEST_TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }
}

async function readAll(res: IncomingMessage): Promise<string> {
  res.setEncoding('utf8');
  let text = '';
  for await (const chunk of res as AsyncIterable<string>) text += chunk;
  return text;
}
