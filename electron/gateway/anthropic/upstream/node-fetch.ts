import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/**
 * A `fetch` for the official SDK built on node:http with keep-alive agents.
 * The SDK still builds the request, authenticates and turns error statuses into
 * its typed errors; a streaming caller then reads the raw socket stream
 * (`rawBody`) instead of the web-streams body, which costs several times more
 * CPU per event.
 */
export interface NodeFetch {
  fetch: typeof fetch;
  /** The Node stream behind a Response this fetch made, for reading bytes directly. */
  rawBody(response: Response): IncomingMessage | undefined;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function createNodeFetch(): NodeFetch {
  const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 256 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 256 }) };
  const bodies = new WeakMap<Response, IncomingMessage>();

  const nodeFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> =>
    new Promise((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : input);
      const secure = url.protocol === 'https:';
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      // Compressed bodies would need decoding here; identity keeps SSE flowing byte for byte.
      headers['accept-encoding'] = 'identity';
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(abortError());

      const request = (secure ? httpsRequest : httpRequest)(url, { method: init.method ?? 'GET', headers, agent: secure ? agents.https : agents.http }, (incoming) => {
        signal?.removeEventListener('abort', onAbort);
        const onLateAbort = (): void => void incoming.destroy(abortError());
        signal?.addEventListener('abort', onLateAbort, { once: true });
        incoming.once('close', () => signal?.removeEventListener('abort', onLateAbort));
        const status = incoming.statusCode ?? 502;
        const response = new Response(NULL_BODY_STATUSES.has(status) ? null : lazyBody(incoming), { status, statusText: incoming.statusMessage ?? '', headers: toHeaders(incoming) });
        bodies.set(response, incoming);
        resolve(response);
      });
      const onAbort = (): void => {
        request.destroy(abortError());
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      request.once('error', (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(signal?.aborted ? abortError() : new TypeError(`fetch failed: ${error.message}`, { cause: error }));
      });
      request.end(typeof init.body === 'string' || init.body instanceof Uint8Array ? init.body : undefined);
    });

  return { fetch: nodeFetch as typeof fetch, rawBody: (response) => bodies.get(response) };
}

/** A web body that reads nothing until someone reads it, so the raw stream stays untouched otherwise. */
function lazyBody(incoming: IncomingMessage): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<Buffer> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        iterator ??= incoming[Symbol.asyncIterator]();
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value));
      },
      cancel() {
        incoming.destroy();
      },
    },
    { highWaterMark: 0 },
  );
}

function toHeaders(incoming: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}
