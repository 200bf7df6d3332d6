import type { DuetBridge, EventChannel, Events, InvokeChannel, RequestOf, Responses, Result } from '../../../shared/contract';

type Listener = (payload: Events[EventChannel]) => void;

/**
 * The web host's twin of window.duet: invoke over POST, events over one
 * EventSource per tab. Same contract, same Result envelopes.
 */
export function createHttpBridge(): DuetBridge {
  const clientId = crypto.randomUUID();
  const listeners = new Map<EventChannel, Set<Listener>>();
  const source = new EventSource(`/api/events?client=${clientId}`);
  const connected = new Promise<void>((resolve) => source.addEventListener('open', () => resolve(), { once: true }));

  source.addEventListener('message', (message: MessageEvent<string>) => {
    const { channel, payload } = JSON.parse(message.data) as { channel: EventChannel; payload: Events[EventChannel] };
    listeners.get(channel)?.forEach((listener) => listener(payload));
  });

  return {
    async invoke<K extends InvokeChannel>(channel: K, request: RequestOf<K>): Promise<Result<Responses[K]>> {
      // Events for a run must have somewhere to go before the run starts.
      await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, 3000))]);
      try {
        const response = await fetch(`/api/invoke/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-duet-client': clientId },
          body: JSON.stringify({ payload: request }),
        });
        return (await response.json()) as Result<Responses[K]>;
      } catch (error) {
        const detail = error instanceof Error ? ` (${error.message})` : '';
        return { ok: false, error: { code: 'network', message: `Lost contact with the Duet web host${detail}. Is "npm run web" still running?`, retryable: true } };
      }
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(channel, set);
      return () => set.delete(listener as Listener);
    },
  };
}
