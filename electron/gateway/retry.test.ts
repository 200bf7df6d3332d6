import { describe, expect, it } from 'vitest';
import { GatewayError } from './errors';
import { retryDelay, withRetries, type RetryNotice } from './retry';

const policy = { maxAttempts: 3, baseDelayMs: 100, maxRetryAfterMs: 60_000 };
const overloaded = () => new GatewayError('overloaded', 'Overloaded', { status: 503, retryable: true });
const noSleep = async () => {};

describe('withRetries', () => {
  it('retries a retryable failure and returns the first success', async () => {
    let calls = 0;
    const notices: RetryNotice[] = [];
    const value = await withRetries(
      async () => {
        calls += 1;
        if (calls < 3) throw overloaded();
        return 'ok';
      },
      { policy, sleep: noSleep, onRetry: (notice) => notices.push(notice) },
    );
    expect(value).toBe('ok');
    expect(notices.map((notice) => [notice.attempt, notice.delayMs])).toEqual([
      [2, 100],
      [3, 200],
    ]);
  });

  it('gives up after maxAttempts with the last error', async () => {
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls += 1;
          throw overloaded();
        },
        { policy, sleep: noSleep },
      ),
    ).rejects.toMatchObject({ code: 'overloaded' });
    expect(calls).toBe(3);
  });

  it('never retries what is not retryable', async () => {
    let calls = 0;
    const unauthorized = new GatewayError('authentication', 'bad key', { status: 401 });
    await expect(withRetries(async () => { calls += 1; throw unauthorized; }, { policy, sleep: noSleep })).rejects.toBe(unauthorized);
    expect(calls).toBe(1);
  });

  it('stops waiting and reports cancelled when aborted during the pause', async () => {
    const controller = new AbortController();
    const pending = withRetries(async () => { throw overloaded(); }, { policy: { ...policy, baseDelayMs: 60_000 }, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('retryDelay', () => {
  it('honours retry-after up to a minute, and gives up beyond it', () => {
    const limited = (seconds: number) => new GatewayError('rate_limited', 'slow down', { status: 429, retryable: true, retryAfterSeconds: seconds });
    expect(retryDelay(limited(2), 1, policy)).toBe(2000);
    expect(retryDelay(limited(61), 1, policy)).toBeUndefined();
  });
});
