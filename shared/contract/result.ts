/**
 * The envelope every contract call resolves to. Errors cross the boundary as data,
 * never as thrown exceptions, so the renderer can always show what happened.
 */
export const ERROR_CODES = [
  'invalid_request',
  'no_api_key',
  'authentication',
  'permission',
  'not_found',
  'request_too_large',
  'rate_limited',
  'overloaded',
  'upstream_error',
  'network',
  'timeout',
  'stream_interrupted',
  'cancelled',
  /** A file changed on disk since it was read (library save): nothing was overwritten. */
  'conflict',
  /** Writing to disk failed (disk full, permissions): what was being saved is still in memory. */
  'storage',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface DuetError {
  code: ErrorCode;
  message: string;
  /** HTTP status as the gateway answered it (after mapping, e.g. 529 → 503). */
  status?: number;
  retryable: boolean;
  /** Anthropic's `request-id`, for support tickets. */
  requestId?: string;
  /** Seconds the upstream asked us to wait (`retry-after`). */
  retryAfterSeconds?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DuetError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: DuetError): Result<T> {
  return { ok: false, error };
}
