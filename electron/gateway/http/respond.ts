import type { ServerResponse } from 'node:http';
import type { GatewayError } from '../errors';

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** An error in OpenAI's format, with the headers a client needs to retry well. */
export function sendError(response: ServerResponse, error: GatewayError): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  sendJson(response, error.status, error.toOpenAIBody(), {
    ...error.headers,
    ...(error.requestId ? { 'request-id': error.requestId } : {}),
  });
}

/** `x-duet-warnings`: each dropped or changed parameter, in one header (ASCII only, as headers must be). */
export function warningHeader(warnings: string[]): Record<string, string> {
  if (warnings.length === 0) return {};
  return { 'x-duet-warnings': warnings.map((warning) => warning.replace(/[^\x20-\x7e]/g, '?')).join(' | ') };
}
