/**
 * An optional look at what a streamed call really exchanged upstream, for the app's Inspector.
 * When no inspector is given nothing below runs; when one is, events are reported in the batches
 * the socket delivered them in (one call per read), never one by one.
 */
export interface UpstreamRequestReport {
  url: string;
  method: string;
  /** As sent, with every occurrence of the API key replaced by a redaction. */
  headers: Record<string, string>;
  /** The JSON body as sent (key redacted, should it ever appear). */
  body: string;
}

/** One server-sent event as read from the socket: its `event:` name and `data:` text. */
export interface UpstreamEvent {
  event: string;
  data: string;
}

export interface StreamInspector {
  /** Once per upstream attempt (a retry reports again). */
  onUpstreamRequest?(request: UpstreamRequestReport): void;
  /** Every event of one socket read, pings included, before they are translated. */
  onUpstreamEvents?(events: readonly UpstreamEvent[]): void;
}

/** Headers that carry credentials, redacted whatever their value. */
const SECRET_HEADERS = new Set(['x-api-key', 'authorization', 'proxy-authorization']);

/** What the key becomes: its last four characters at most, as the settings show them. */
export function redaction(apiKey: string | undefined): string {
  return apiKey && apiKey.length >= 12 ? `[redacted …${apiKey.slice(-4)}]` : '[redacted]';
}

/** Replaces the key wherever it occurs, and credential headers entirely. */
export function redactHeaders(headers: Record<string, string>, apiKey: string | undefined): Record<string, string> {
  const hidden = redaction(apiKey);
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    result[name] = SECRET_HEADERS.has(name.toLowerCase()) ? hidden : redactText(value, apiKey);
  }
  return result;
}

export function redactText(text: string, apiKey: string | undefined): string {
  return apiKey ? text.replaceAll(apiKey, redaction(apiKey)) : text;
}

/**
 * A fetch that reports the request it is about to send, then sends it unchanged. The report is
 * built from the same init the SDK handed over, so it is what went on the wire.
 */
export function inspectingFetch(base: typeof fetch, apiKey: string | undefined, onRequest: NonNullable<StreamInspector['onUpstreamRequest']>): typeof fetch {
  const wrapped = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === 'string' ? init.body : init.body instanceof Uint8Array ? Buffer.from(init.body).toString('utf8') : '';
    onRequest({ url: redactText(url, apiKey), method: init.method ?? 'GET', headers: redactHeaders(headers, apiKey), body: redactText(body, apiKey) });
    return base(input, init);
  };
  return wrapped as typeof fetch;
}
