import type { ChatChunk } from '../chat/chunk';
import type { ModelInfo } from '../models/catalog';
import type { EventChannel, InvokeChannel } from './channels';
import type { DuetError, Result } from './result';
import type { RequestOf } from './schemas';

export * from './channels';
export * from './result';
export type { RequestOf } from './schemas';

/** What the renderer may know about a provider key: never the key itself. */
export interface KeyStatus {
  provider: 'anthropic';
  configured: boolean;
  /** Last four characters, e.g. "…x4Fq". */
  hint?: string;
  source?: 'keychain' | 'env' | 'session';
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  keys: KeyStatus[];
}

/** Everything a run reports after it starts. Streams carry deltas only. */
export type RunEvent =
  | { runId: string; type: 'started'; requestId?: string; warnings: string[] }
  | { runId: string; type: 'retrying'; attempt: number; maxAttempts: number; delayMs: number; reason: DuetError }
  /** Deltas as they arrived together from upstream. */
  | { runId: string; type: 'chunks'; chunks: ChatChunk[] }
  | { runId: string; type: 'done' }
  | { runId: string; type: 'error'; error: DuetError };

export interface Responses {
  'app.info': AppInfo;
  'models.list': ModelInfo[];
  'runs.start': { runId: string };
  'runs.cancel': { cancelled: boolean };
}

export interface Events {
  'runs.event': RunEvent;
}

/** How a handler talks back to the window (or web client) that called it. */
export interface HandlerContext {
  emit<E extends EventChannel>(channel: E, payload: Events[E]): void;
}

/** The contract: one handler per channel. Both hosts bind the same object. */
export type Handlers = {
  [K in InvokeChannel]: (request: RequestOf<K>, context: HandlerContext) => Promise<Responses[K]>;
};

/** `window.duet` in Electron, and its HTTP twin in the web host. */
export interface DuetBridge {
  invoke<K extends InvokeChannel>(channel: K, request: RequestOf<K>): Promise<Result<Responses[K]>>;
  on<E extends EventChannel>(channel: E, listener: (payload: Events[E]) => void): () => void;
}
