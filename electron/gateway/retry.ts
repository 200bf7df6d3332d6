import { GatewayError } from './errors';

/**
 * Retries of an upstream call that has not yet sent anything to the caller
 * (docs/gateway.md, "Errors and retries"): 429, 5xx, 529 and connection errors,
 * honouring retry-after up to a minute, a bounded number of times.
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxRetryAfterMs: 60_000 };

export interface RetryNotice {
  /** The attempt about to start (2 for the first retry). */
  attempt: number;
  maxAttempts: number;
  delayMs: number;
  error: GatewayError;
}

export interface RetryOptions {
  policy: RetryPolicy;
  signal?: AbortSignal | undefined;
  onRetry?: ((notice: RetryNotice) => void) | undefined;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export async function withRetries<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const delayMs = error instanceof GatewayError ? retryDelay(error, attempt, options.policy) : undefined;
      if (delayMs === undefined || options.signal?.aborted) throw error;
      options.onRetry?.({ attempt: attempt + 1, maxAttempts: options.policy.maxAttempts, delayMs, error: error as GatewayError });
      await sleep(delayMs, options.signal);
      if (options.signal?.aborted) throw new GatewayError('cancelled', 'The run was stopped.', { status: 499 });
    }
  }
}

/** How long to wait before the next attempt, or undefined when there should be none. */
export function retryDelay(error: GatewayError, attempt: number, policy: RetryPolicy): number | undefined {
  if (!error.retryable || attempt >= policy.maxAttempts) return undefined;
  if (error.retryAfterSeconds !== undefined) {
    const asked = error.retryAfterSeconds * 1000;
    return asked <= policy.maxRetryAfterMs ? asked : undefined;
  }
  return policy.baseDelayMs * 2 ** (attempt - 1);
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
