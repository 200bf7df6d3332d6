import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { MAX_BODY_BYTES, readBody } from './read-body';
import { sendJson } from './respond';

/** The API version Duet's SDK speaks, used when an Anthropic-native caller sends none. */
const DEFAULT_ANTHROPIC_VERSION = '2026-10-21';
const FORWARDED_REQUEST_HEADERS = ['anthropic-version', 'anthropic-beta', 'content-type', 'accept'];
const RETURNED_HEADERS = /^(content-type|request-id|retry-after|anthropic-ratelimit-.*|anthropic-organization-id|x-should-retry)$/i;

export interface PassthroughContext {
  baseURL: string;
  apiKey: string | undefined;
  fetch?: typeof fetch;
  bodyLimit?: number;
}

/**
 * POST /v1/messages and /v1/messages/count_tokens: Anthropic's own format, passed
 * through byte for byte with the key injected, for Anthropic SDK snippets.
 */
export async function handleAnthropicPassthrough(request: IncomingMessage, response: ServerResponse, path: string, context: PassthroughContext): Promise<void> {
  if (!context.apiKey) return anthropicError(response, 401, 'authentication_error', 'No Anthropic API key is configured for the gateway, and the request carried none.');
  const body = await readBody(request, context.bodyLimit ?? MAX_BODY_BYTES);
  if (!body.ok) {
    return body.reason === 'too_large'
      ? anthropicError(response, 413, 'request_too_large', 'The request body is larger than 32 MB.')
      : anthropicError(response, 400, 'invalid_request_error', 'The request body was not received completely.');
  }

  const controller = new AbortController();
  response.on('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  const headers: Record<string, string> = { 'x-api-key': context.apiKey, 'anthropic-version': DEFAULT_ANTHROPIC_VERSION };
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }

  let upstream: Response;
  try {
    upstream = await (context.fetch ?? fetch)(`${context.baseURL.replace(/\/+$/, '')}${path}`, {
      method: 'POST',
      headers,
      body: new Uint8Array(body.bytes),
      signal: controller.signal,
    });
  } catch (error) {
    if (controller.signal.aborted) return void response.destroy();
    return anthropicError(response, 502, 'api_error', `Could not reach Anthropic: ${(error as Error).message}`);
  }

  const returned: Record<string, string> = {};
  upstream.headers.forEach((value, name) => {
    if (RETURNED_HEADERS.test(name)) returned[name] = value;
  });
  response.writeHead(upstream.status, returned);
  if (!upstream.body) return void response.end();
  Readable.fromWeb(upstream.body as WebReadableStream<Uint8Array>)
    .on('error', () => response.destroy())
    .pipe(response);
}

function anthropicError(response: ServerResponse, status: number, type: string, message: string): void {
  sendJson(response, status, { type: 'error', error: { type, message } });
}
