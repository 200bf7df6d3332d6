import type { EventChannel, Events } from '../../shared/contract';

export type BroadcastListener = <E extends EventChannel>(channel: E, payload: Events[E]) => void;

/** Events for every window and tab (a library file changed), not only the one that made a call. */
export interface Broadcast {
  emit<E extends EventChannel>(channel: E, payload: Events[E]): void;
  /** Each host subscribes once and forwards to all its windows; returns the unsubscribe. */
  subscribe(listener: BroadcastListener): () => void;
}

export function createBroadcast(): Broadcast {
  const listeners = new Set<BroadcastListener>();
  return {
    emit(channel, payload) {
      for (const listener of listeners) listener(channel, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
