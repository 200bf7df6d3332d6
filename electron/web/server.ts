import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLoopbackGuard } from '../gateway/http/loopback-guard';
import { readBody } from '../gateway/http/read-body';
import { sendJson } from '../gateway/http/respond';
import { MAX_REQUEST_BYTES } from '../services/attachments';
import type { AppCore } from '../services/app-core';
import { CONTENT_SECURITY_POLICY_HEADER } from '../services/content-security-policy';
import { readStaticFile } from '../services/static-files';
import { toDuetError } from '../services/to-duet-error';
import { EventHub } from './event-hub';

export interface WebHostOptions {
  core: AppCore;
  rendererDir: string;
  port?: number;
  host?: string;
}

export interface WebHost {
  url: string;
  close(): Promise<void>;
}

/** Attachments are read by the host from paths, so invoke bodies stay small. */
const MAX_INVOKE_BYTES = 4 * 1024 * 1024;
const CLIENT_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * The web host: serves the built renderer and carries the contract over HTTP
 * (POST /api/invoke/<channel>) and server-sent events (GET /api/events).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const hub = new EventHub();
  const unsubscribe = options.core.broadcast.subscribe((channel, payload) => hub.broadcast(channel, payload));
  const server = createServer();
  const listenHost = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, listenHost, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const guard = createLoopbackGuard({ port, extraHosts: [listenHost] });

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const verdict = guard({ host: request.headers.host, origin: request.headers.origin });
    if (!verdict.ok) return sendJson(response, 403, { ok: false, error: { code: 'permission', message: verdict.reason, retryable: false } });
    route(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message, retryable: false } });
      else response.end();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://duet.invalid');
    if (request.method === 'GET' && url.pathname === '/api/events') {
      const clientId = url.searchParams.get('client') ?? '';
      if (!CLIENT_ID.test(clientId)) return sendJson(response, 400, { error: 'client must be a client id' });
      return hub.attach(clientId, response);
    }
    if (url.pathname.startsWith('/api/invoke/')) {
      if (request.method !== 'POST') return sendJson(response, 405, { error: 'POST only' });
      return invoke(request, response, url.pathname.slice('/api/invoke/'.length));
    }
    if (url.pathname === '/api/attachments') {
      if (request.method !== 'POST') return sendJson(response, 405, { error: 'POST only' });
      return upload(request, response, url.searchParams.get('name') ?? '');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { error: 'GET only' });
    const file = (await readStaticFile(options.rendererDir, url.pathname)) ?? (await readStaticFile(options.rendererDir, '/index.html'));
    if (!file) return sendJson(response, 404, { error: `The renderer is not built: run "npm run build" (looked in ${options.rendererDir}).` });
    response.writeHead(200, {
      'content-type': file.contentType,
      'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function invoke(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    const clientId = String(request.headers['x-duet-client'] ?? '');
    if (!CLIENT_ID.test(clientId)) return sendJson(response, 400, { ok: false, error: { code: 'invalid_request', message: 'x-duet-client header missing', retryable: false } });
    const received = await readBody(request, MAX_INVOKE_BYTES);
    if (!received.ok) return sendJson(response, 413, { ok: false, error: { code: 'request_too_large', message: 'The request is larger than 4 MB.', retryable: false } });
    const text = received.bytes.toString('utf8');
    let body: { payload?: unknown };
    try {
      body = text ? (JSON.parse(text) as { payload?: unknown }) : {};
    } catch {
      return sendJson(response, 400, { ok: false, error: { code: 'invalid_request', message: 'The request body is not valid JSON.', retryable: false } });
    }
    const result = await options.core.dispatch(decodeURIComponent(channel), body.payload, {
      emit: (eventChannel, payload) => hub.emit(clientId, eventChannel, payload),
    });
    sendJson(response, 200, result);
  }

  /** The browser cannot hand over a path, so the file's bytes come as the body; Electron uses attachments.addPath. */
  async function upload(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (!CLIENT_ID.test(String(request.headers['x-duet-client'] ?? ''))) {
      return sendJson(response, 400, { ok: false, error: { code: 'invalid_request', message: 'x-duet-client header missing', retryable: false } });
    }
    if (name.trim() === '') return sendJson(response, 400, { ok: false, error: { code: 'invalid_request', message: 'The upload needs ?name=<file name>.', retryable: false } });
    const received = await readBody(request, MAX_REQUEST_BYTES);
    if (!received.ok) {
      const message = `"${name}" is larger than 32 MB, Anthropic's request limit, so it cannot be attached.`;
      return sendJson(response, 413, { ok: false, error: { code: 'request_too_large', message, retryable: false } });
    }
    try {
      sendJson(response, 200, { ok: true, value: await options.core.attachments.add(received.bytes, name) });
    } catch (error) {
      sendJson(response, 200, { ok: false, error: toDuetError(error) });
    }
  }

  return {
    url: `http://${listenHost.includes(':') ? `[${listenHost}]` : listenHost}:${port}`,
    async close() {
      unsubscribe();
      await options.core.shutdown();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

