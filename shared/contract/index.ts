import type { AttachmentMime, AttachmentRef } from '../chat/attachment';
import type { Snippet } from '../export/types';
import type { ChatChunk } from '../chat/chunk';
import type { EventChannel, InvokeChannel } from './channels';
import type { HistoryResponses } from './history';
import type { LibraryChanged, LibraryResponses } from './library';
import type { DuetError, Result } from './result';
import type { RequestOf } from './schemas';

export * from './channels';
export * from './result';
export type { RequestOf } from './schemas';
export type { RunRequest, RunMessage, RunUserContentPart } from './run-request';
export type { LibraryChanged, LibraryEntry, LibraryFileError, LibraryFolder } from './library';
export { libraryPathProblem } from './library-path';
export type { HistoryQuery, HistoryRun, HistoryStatus, HistorySummary, RunMetrics, RunOrigin } from './history';

/** What the renderer may know about a provider key: never the key itself. */
export interface KeyStatus {
  /** 'anthropic' or an OpenAI-compatible provider's id. */
  provider: string;
  configured: boolean;
  /** Last four characters, e.g. "…x4Fq" (just "…" for short keys). */
  hint?: string;
  source?: 'keychain' | 'env' | 'session';
}

export interface KeychainState {
  available: boolean;
  /** Why not, in a sentence a person can act on. */
  reason?: string;
}

export interface KeysOverview {
  keychain: KeychainState;
  keys: KeyStatus[];
}

/** The outcome of "Test": a models-list call with the stored key. */
export interface KeyTestResult {
  outcome: 'valid' | 'invalid_key' | 'no_key' | 'network_error' | 'error';
  message: string;
  models?: number;
}

/** An OpenAI-compatible upstream (OpenAI, Ollama, OpenRouter, …): models are addressed as `<id>/<model>`. */
export interface ProviderConfig {
  id: string;
  name: string;
  baseURL: string;
  key: KeyStatus;
}

/** The local OpenAI-compatible endpoint the app can serve (the same as duet-gateway). */
export interface GatewayStatus {
  enabled: boolean;
  running: boolean;
  port: number;
  url?: string;
  error?: string;
}

/** A model a provider lists live (GET /v1/models); the renderer merges it with the static catalog. */
export interface LiveModel {
  id: string;
  provider: string;
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  keys: KeyStatus[];
  keychain: KeychainState;
}

/** The request as the gateway sent it upstream, for the Inspector. The key is always redacted. */
export interface InspectedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The JSON body text exactly as sent. */
  body: string;
}

/** One raw upstream server-sent event; `at` is milliseconds since the host began the run. */
export interface InspectedEvent {
  at: number;
  event: string;
  data: string;
}

/** Everything a run reports after it starts. Streams carry deltas only. */
export type RunEvent =
  | { runId: string; type: 'started'; requestId?: string; warnings: string[] }
  | { runId: string; type: 'retrying'; attempt: number; maxAttempts: number; delayMs: number; reason: DuetError }
  /** Deltas as they arrived together from upstream, consecutive text deltas joined (shared/chat/compact-chunks.ts). */
  | { runId: string; type: 'chunks'; chunks: ChatChunk[] }
  /** Inspector: the upstream request of the latest attempt (a retry sends it again). */
  | { runId: string; type: 'upstream_request'; request: InspectedRequest }
  /**
   * Inspector: raw upstream events of one read. Only the first events of a run are sent in full;
   * `omitted` counts those of this read that were not, so the total stays known.
   */
  | { runId: string; type: 'upstream_events'; events: InspectedEvent[]; omitted: number }
  | { runId: string; type: 'done' }
  /** The run finished but could not be written to history (e.g. disk full); the answer on screen is all there is. */
  | { runId: string; type: 'not_recorded'; error: DuetError }
  | { runId: string; type: 'error'; error: DuetError };

/** A stored attachment's bytes as the host checked them. */
export interface AttachmentBytes {
  mime: AttachmentMime;
  base64: string;
}

export interface Responses extends HistoryResponses, LibraryResponses {
  'app.info': AppInfo;
  /** Live lists of the configured providers; empty when offline (the catalog still serves). */
  'models.list': { models: LiveModel[]; errors: { provider: string; message: string }[] };
  'runs.start': { runId: string };
  'runs.cancel': { cancelled: boolean };
  'keys.status': KeysOverview;
  'keys.set': KeyStatus;
  'keys.remove': KeyStatus;
  'keys.test': KeyTestResult;
  'providers.list': ProviderConfig[];
  'providers.save': ProviderConfig;
  'providers.remove': { removed: boolean };
  'gateway.status': GatewayStatus;
  'gateway.configure': GatewayStatus;
  /** The token callers of the local endpoint present; shown only when asked for. */
  'gateway.token': { token: string };
  'attachments.addPath': AttachmentRef;
  /** A pasted file that has no path (Electron's clipboard), checked and stored as addPath does. */
  'attachments.addBytes': AttachmentRef;
  /** A stored attachment's bytes, for the citation source view (PDF pages). */
  'attachments.read': AttachmentBytes;
  /** One snippet per flavour (only the gateway's for a non-Claude model), and what the translation changed. */
  'export.snippets': { snippets: Snippet[]; warnings: string[] };
}

export interface Events {
  'runs.event': RunEvent;
  'library.changed': LibraryChanged;
}

/** How a handler talks back to the window (or web client) that called it. */
export interface HandlerContext {
  emit<E extends EventChannel>(channel: E, payload: Events[E]): void;
}

/** The contract: one handler per channel. Both hosts bind the same object. */
export type Handlers = {
  [K in InvokeChannel]: (request: RequestOf<K>, context: HandlerContext) => Promise<Responses[K]>;
};

/** `window.duetFiles` in Electron only: maps a picked or dropped File to its path on disk ('' if it has none). */
export interface DuetFiles {
  pathForFile(file: File): string;
}

/** `window.duet` in Electron, and its HTTP twin in the web host. */
export interface DuetBridge {
  invoke<K extends InvokeChannel>(channel: K, request: RequestOf<K>): Promise<Result<Responses[K]>>;
  on<E extends EventChannel>(channel: E, listener: (payload: Events[E]) => void): () => void;
}
