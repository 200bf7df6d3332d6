/**
 * A loopback HTTP server that speaks Anthropic's Messages API wire format with
 * scripted scenarios, for tests of the app and the gateway without a real key.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { flattenHeaders, readBody, sendJson, type BodyResult } from './http-utils.js';
import { findFakeModel, modelList } from './models.js';
import { answerWhole, streamEvents } from './playback.js';
import { estimateInputTokens, isRecord, readRequestInfo, validateBody } from './request-info.js';
import {
  resolveScenario,
  SCENARIO_MARKER,
  SCENARIO_NAMES,
  type CanonicalScenario,
  type ScenarioName,
} from './scenario-names.js';
import { buildOutcome, type Outcome } from './scenarios.js';
import { errorBody, type ErrorType } from './wire.js';

export type { ScenarioName } from './scenario-names.js';

export interface RecordedRequest {
  id: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
  scenario: string;
  clientClosed: boolean;
  completed: boolean;
}

export interface FakeAnthropic {
  url: string;
  requests: RecordedRequest[];
  queueScenario(name: ScenarioName): void;
  waitForClientClose(requestId: number, timeoutMs?: number): Promise<void>;
  waitForRequest(predicate?: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  reset(): void;
  close(): Promise<void>;
}

export interface FakeAnthropicOptions {
  port?: number;
  host?: string;
  /** Pause between stream events for every scenario (default 0; `slow` defaults to 100). */
  delayMs?: number;
  /** Scenario used when nothing else picks one (default `text`). */
  defaultScenario?: ScenarioName;
  /** Called once per request, after its scenario is known (the CLI logs with it). */
  onRequest?: (request: RecordedRequest) => void;
}

const ORGANIZATION_ID = 'fa4e0000-0000-4000-8000-000000000000';
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const DEFAULT_WAIT_MS = 5000;

/** What to answer, decided synchronously so the scenario queue is consumed in arrival order. */
type Decision =
  | { kind: 'none' }
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'error'; status: number; errorType: ErrorType; message: string }
  | { kind: 'outcome'; outcome: Outcome; stream: boolean };

type WaitCheck<T> = { value: T } | { error: Error } | undefined;

export async function startFakeAnthropic(options: FakeAnthropicOptions = {}): Promise<FakeAnthropic> {
  const host = options.host ?? '127.0.0.1';
  const defaultScenario = requireScenario(options.defaultScenario ?? 'text');
  const requests: RecordedRequest[] = [];
  const queue: CanonicalScenario[] = [];
  const useCounts = new Map<CanonicalScenario, number>();
  const watchers = new Set<() => void>();
  const inFlight = new Set<AbortController>();
  const sockets = new Set<Socket>();
  let lastId = 0;
  let closing: Promise<void> | undefined;

  const notify = (): void => {
    for (const watcher of [...watchers]) watcher();
  };

  function waitFor<T>(check: () => WaitCheck<T>, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const watcher = (): void => {
        let result: WaitCheck<T>;
        try {
          result = check();
        } catch (error) {
          result = { error: error instanceof Error ? error : new Error(String(error)) };
        }
        if (!result) return;
        stop();
        if ('value' in result) resolve(result.value);
        else reject(result.error);
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`fake-anthropic: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const stop = (): void => {
        clearTimeout(timer);
        watchers.delete(watcher);
      };
      watchers.add(watcher);
      watcher();
    });
  }

  function pickScenario(headers: Record<string, string>, body: Record<string, unknown>): CanonicalScenario | string {
    const fromHeader = headers['x-fake-scenario'];
    if (fromHeader !== undefined && fromHeader.trim() !== '') return resolveScenario(fromHeader) ?? fromHeader;
    const queued = queue.shift();
    if (queued) return queued;
    const marker = SCENARIO_MARKER.exec(readRequestInfo(body).lastUserText)?.[1];
    if (marker !== undefined) return resolveScenario(marker) ?? marker;
    return defaultScenario;
  }

  function decide(record: RecordedRequest, bodyResult: BodyResult, parsed: ParsedBody): Decision {
    if (bodyResult.kind === 'aborted') return { kind: 'none' };
    const { method, path, headers } = record;
    const isMessages = path === '/v1/messages' || path === '/v1/messages/count_tokens';
    const modelMatch = /^\/v1\/models(?:\/([^/]+))?$/.exec(path);
    if (!(method === 'POST' && isMessages) && !(method === 'GET' && modelMatch)) {
      return { kind: 'error', status: 404, errorType: 'not_found_error', message: `Not found: ${method} ${path}` };
    }
    if (bodyResult.kind === 'too_large') {
      return { kind: 'error', status: 413, errorType: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' };
    }
    const apiKey = credentialOf(record);
    if (apiKey === '') {
      return { kind: 'error', status: 401, errorType: 'authentication_error', message: 'x-api-key header is required' };
    }
    if (apiKey === 'sk-ant-invalid') {
      return { kind: 'error', status: 401, errorType: 'authentication_error', message: 'invalid x-api-key' };
    }
    if (!headers['anthropic-version']) {
      return { kind: 'error', status: 400, errorType: 'invalid_request_error', message: 'anthropic-version: header is required' };
    }

    if (modelMatch) {
      if (modelMatch[1] === undefined) return { kind: 'json', status: 200, body: modelList() };
      const id = safeDecode(modelMatch[1]);
      const model = findFakeModel(id);
      return model
        ? { kind: 'json', status: 200, body: model }
        : { kind: 'error', status: 404, errorType: 'not_found_error', message: `model: ${id}` };
    }

    if (parsed.kind !== 'json') {
      const message = parsed.kind === 'empty' ? 'Request body is empty.' : `Invalid JSON in request body: ${parsed.error}`;
      return { kind: 'error', status: 400, errorType: 'invalid_request_error', message };
    }
    const invalid = validateBody(parsed.value, path === '/v1/messages');
    if (invalid || !isRecord(parsed.value)) {
      return { kind: 'error', status: 400, errorType: 'invalid_request_error', message: invalid ?? 'Invalid body.' };
    }
    const body = parsed.value;
    if (path === '/v1/messages/count_tokens') {
      return { kind: 'json', status: 200, body: { input_tokens: estimateInputTokens(body) } };
    }

    const picked = pickScenario(headers, body);
    if (!(SCENARIO_NAMES as string[]).includes(picked)) {
      return {
        kind: 'error',
        status: 400,
        errorType: 'invalid_request_error',
        message: `Unknown fake scenario "${picked}". Known: ${SCENARIO_NAMES.join(', ')}, overloaded, rate_limit.`,
      };
    }
    const scenario = picked as CanonicalScenario;
    record.scenario = scenario;
    const useCount = (useCounts.get(scenario) ?? 0) + 1;
    useCounts.set(scenario, useCount);
    const request = readRequestInfo(body);
    const outcome = buildOutcome(scenario, { request, messageId: `msg_fake_${record.id}`, useCount, delayMs: options.delayMs });
    return { kind: 'outcome', outcome, stream: request.stream };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = ++lastId;
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const record: RecordedRequest = {
      id,
      method: req.method ?? 'GET',
      path: url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname,
      headers: flattenHeaders(req.headers),
      body: undefined,
      scenario: '',
      clientClosed: false,
      completed: false,
    };
    const abort = new AbortController();
    inFlight.add(abort);
    let cutByServer = false;
    res.on('error', () => undefined);
    res.on('finish', () => {
      record.completed = true;
      notify();
    });
    res.on('close', () => {
      if (!res.writableFinished && !cutByServer) record.clientClosed = true;
      abort.abort();
      inFlight.delete(abort);
      notify();
    });

    const bodyResult = await readBody(req, MAX_BODY_BYTES);
    const parsed = bodyResult.kind === 'ok' ? parseBody(bodyResult.text) : ({ kind: 'empty' } as const);
    if (parsed.kind !== 'empty') record.body = parsed.kind === 'json' ? parsed.value : parsed.text;
    const decision = decide(record, bodyResult, parsed);
    requests.push(record);
    options.onRequest?.(record);
    notify();

    const headers: Record<string, string> = {
      'request-id': `req_fake_${id}`,
      'anthropic-organization-id': ORGANIZATION_ID,
    };
    if (record.scenario) headers['x-fake-scenario'] = record.scenario;
    const cut = (): void => {
      cutByServer = true;
      res.destroy();
    };

    switch (decision.kind) {
      case 'none':
        return;
      case 'json':
        return sendJson(res, decision.status, decision.body, headers);
      case 'error':
        return sendJson(res, decision.status, errorBody(decision.errorType, decision.message, `req_fake_${id}`), headers);
      case 'outcome': {
        const { outcome } = decision;
        if (outcome.kind === 'error') {
          const errorHeaders = { ...headers, ...outcome.headers };
          return sendJson(res, outcome.status, errorBody(outcome.errorType, outcome.message, `req_fake_${id}`), errorHeaders);
        }
        if (decision.stream) return streamEvents(res, outcome, headers, abort.signal, cut);
        return answerWhole(res, outcome, headers, abort.signal, cut, id);
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the fake must surface as an API error, never as a crashed test run.
      const message = `Fake server failure: ${error instanceof Error ? error.message : String(error)}`;
      if (!res.headersSent) sendJson(res, 500, errorBody('api_error', message), {});
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    requests,
    queueScenario(name: ScenarioName): void {
      queue.push(requireScenario(name));
    },
    waitForClientClose(requestId: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
      return waitFor<void>(
        () => {
          const record = requests.find((r) => r.id === requestId);
          if (record?.clientClosed) return { value: undefined };
          if (record?.completed) return { error: new Error(`fake-anthropic: request ${requestId} completed before the client closed`) };
          return undefined;
        },
        timeoutMs,
        `the client to close request ${requestId}`,
      );
    },
    waitForRequest(predicate = () => true, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedRequest> {
      return waitFor(
        () => {
          const match = requests.find(predicate);
          return match ? { value: match } : undefined;
        },
        timeoutMs,
        'a matching request',
      );
    },
    reset(): void {
      requests.length = 0;
      queue.length = 0;
      useCounts.clear();
    },
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        for (const abort of inFlight) abort.abort();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

function requireScenario(name: string): CanonicalScenario {
  const scenario = resolveScenario(name);
  if (!scenario) throw new Error(`fake-anthropic: unknown scenario "${name}"`);
  return scenario;
}

type ParsedBody = { kind: 'empty' } | { kind: 'json'; value: unknown } | { kind: 'invalid'; text: string; error: string };

function parseBody(text: string): ParsedBody {
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'invalid', text, error: error instanceof Error ? error.message : String(error) };
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The API key a request carried. SDK 1.x sends it as `Authorization: Bearer`; raw clients and gateways as x-api-key. */
export function credentialOf(request: Pick<RecordedRequest, 'headers'>): string {
  const bearer = /^Bearer\s+(.*)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
  return (request.headers['x-api-key'] ?? '').trim() || bearer.trim();
}
