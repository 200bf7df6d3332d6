import type { InspectedEvent, InspectedRequest } from '../../../../shared/contract';

/** JSON shown indented; text that is not JSON is shown as it is. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The upstream request as one readable text: request line, headers, then the body. */
export function formatUpstreamRequest(request: InspectedRequest): string {
  const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`);
  return [`${request.method} ${request.url}`, ...headers, '', prettyJson(request.body)].join('\n');
}

/** Events as on the wire, each preceded by its time since the run began. */
export function formatEvents(events: readonly InspectedEvent[]): string {
  return events.map((item) => `+${item.at} ms\nevent: ${item.event}\ndata: ${item.data}\n`).join('\n');
}

/** "Showing the first 2,000 of 20,345 events." when some were not kept, else nothing. */
export function eventsNote(kept: number, total: number): string | undefined {
  return total > kept ? `Showing the first ${kept.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events; later ones are counted, not kept.` : undefined;
}
