import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayError } from '../errors';
import type { Gateway } from '../index';
import { handleAnthropicPassthrough } from './anthropic-passthrough';
import { identifyCaller } from './auth';
import { handleChatCompletions } from './chat-completions';
import { createLoopbackGuard } from './loopback-guard';
import { MAX_BODY_BYTES } from './read-body';
import { sendError, sendJson } from './respond';

export interface GatewayServerOptions {
  gateway: Gateway;
  /** Callers presenting this token use the stored keys. */
  token: string;
  port?: number;
  host?: string;
  /** Browser origins allowed to call (CORS); none by default. */
  allowedOrigins?: string[];
  bodyLimit?: number;
  fetch?: typeof fetch;
}

export interface GatewayServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The local OpenAI-compatible endpoint: one call starts it, for the duet-gateway
 * CLI and for the desktop app's toggle alike.
 */
export async function startGatewayServer(options: GatewayServerOptions): Promise<GatewayServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const guard = createLoopbackGuard({ port, extraHosts: [host], allowedOrigins: options.allowedOrigins ?? [] });
  const allowedOrigins = new Set(options.allowedOrigins ?? []);

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const verdict = guard({ host: request.headers.host, origin: request.headers.origin });
    if (!verdict.ok) return sendError(response, new GatewayError('permission', verdict.reason, { status: 403 }));
    const origin = request.headers.origin;
    if (origin && allowedOrigins.has(origin)) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('vary', 'origin');
    }
    route(request, response).catch((error: unknown) => {
      sendError(response, new GatewayError('internal', `Unexpected gateway failure: ${String(error)}`, { status: 500 }));
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (request.method === 'OPTIONS') return preflight(response);
    if (path === '/health' && request.method === 'GET') return sendJson(response, 200, { status: 'ok' });

    const caller = identifyCaller(request.headers, options.token);
    if (caller.kind === 'anonymous') {
      return sendError(response, new GatewayError('authentication', 'Send "Authorization: Bearer <DUET_GATEWAY_TOKEN>" to use the stored keys, or your own provider key as the bearer token.', { status: 401 }));
    }
    const ownKey = caller.kind === 'own-key' ? caller.key : undefined;
    const context = { gateway: options.gateway, apiKey: ownKey, bodyLimit: options.bodyLimit ?? MAX_BODY_BYTES };

    if (path === '/v1/chat/completions' && request.method === 'POST') return handleChatCompletions(request, response, context);
    if (path === '/v1/models' && request.method === 'GET') return listModels(response, options.gateway, ownKey);
    if ((path === '/v1/messages' || path === '/v1/messages/count_tokens') && request.method === 'POST') {
      return handleAnthropicPassthrough(request, response, path, {
        baseURL: options.gateway.upstreams.anthropic.baseURL,
        apiKey: await options.gateway.resolveKey('anthropic', ownKey),
        bodyLimit: context.bodyLimit,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
    }
    sendError(response, new GatewayError('not_found', `No route for ${request.method} ${path}.`, { status: 404 }));
  }

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function listModels(response: ServerResponse, gateway: Gateway, apiKey: string | undefined): Promise<void> {
  const models = await gateway.listModels({ apiKey });
  sendJson(response, 200, {
    object: 'list',
    data: models.map((model) => ({ id: model.id, object: 'model', created: 0, owned_by: model.provider })),
  });
}

function preflight(response: ServerResponse): void {
  response.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, x-api-key, anthropic-version, anthropic-beta',
    'access-control-max-age': '600',
  });
  response.end();
}
