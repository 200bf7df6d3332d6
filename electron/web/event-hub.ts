import type { ServerResponse } from 'node:http';
import type { EventChannel, Events } from '../../shared/contract';

/**
 * Server-sent event streams, one per browser tab (client id), so a run's events
 * go back to the tab that started it.
 */
export class EventHub {
  private readonly clients = new Map<string, ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    // Comment lines keep idle connections open through proxies and detect dead tabs.
    this.heartbeat = setInterval(() => {
      for (const response of this.clients.values()) response.write(': keep-alive\n\n');
    }, 15_000);
    this.heartbeat.unref();
  }

  attach(clientId: string, response: ServerResponse): void {
    this.clients.get(clientId)?.end();
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write(': connected\n\n');
    this.clients.set(clientId, response);
    response.on('close', () => {
      if (this.clients.get(clientId) === response) this.clients.delete(clientId);
    });
  }

  emit<E extends EventChannel>(clientId: string, channel: E, payload: Events[E]): void {
    this.clients.get(clientId)?.write(`data: ${JSON.stringify({ channel, payload })}\n\n`);
  }

  /** To every tab: events that are not answers to one tab's call (a library file changed on disk). */
  broadcast<E extends EventChannel>(channel: E, payload: Events[E]): void {
    const line = `data: ${JSON.stringify({ channel, payload })}\n\n`;
    for (const response of this.clients.values()) response.write(line);
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const response of this.clients.values()) response.end();
    this.clients.clear();
  }
}
