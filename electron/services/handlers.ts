import type { AppInfo, Handlers, HandlerContext, KeyStatus, RequestOf } from '../../shared/contract';
import { MODELS } from '../../shared/models/catalog';
import type { Gateway, KeySource } from '../gateway';
import { RunRegistry } from './runs/run-registry';
import { toDuetError } from './to-duet-error';

export interface ServiceDeps {
  gateway: Gateway;
  keys: KeySource;
  host: AppInfo['host'];
  version: string;
}

export interface Services {
  handlers: Handlers;
  /** Aborts every live run (window closed, host shutting down). */
  shutdown(): void;
}

/** The contract implemented over the gateway and the services. Both hosts bind this. */
export function createServices(deps: ServiceDeps): Services {
  const runs = new RunRegistry();

  const handlers: Handlers = {
    'app.info': async () => ({ version: deps.version, host: deps.host, keys: [await keyStatus(deps.keys)] }),
    'models.list': async () => [...MODELS],
    'runs.start': async (request, context) => {
      const signal = runs.begin(request.runId);
      void streamRun(deps.gateway, request, signal, context).finally(() => runs.finish(request.runId));
      return { runId: request.runId };
    },
    'runs.cancel': async ({ runId }) => ({ cancelled: runs.cancel(runId) }),
  };
  return { handlers, shutdown: () => runs.cancelAll() };
}

async function streamRun(gateway: Gateway, { runId, request }: RequestOf<'runs.start'>, signal: AbortSignal, context: HandlerContext): Promise<void> {
  try {
    const stream = await gateway.streamChat(request, {
      signal,
      onRetry: ({ attempt, maxAttempts, delayMs, error }) =>
        context.emit('runs.event', { runId, type: 'retrying', attempt, maxAttempts, delayMs, reason: toDuetError(error) }),
    });
    context.emit('runs.event', { runId, type: 'started', warnings: stream.warnings, ...(stream.requestId ? { requestId: stream.requestId } : {}) });
    for await (const chunks of stream.chunks) context.emit('runs.event', { runId, type: 'chunks', chunks });
    context.emit('runs.event', { runId, type: 'done' });
  } catch (error) {
    context.emit('runs.event', { runId, type: 'error', error: toDuetError(error) });
  }
}

async function keyStatus(keys: KeySource): Promise<KeyStatus> {
  const key = await keys.get('anthropic');
  if (!key) return { provider: 'anthropic', configured: false };
  return { provider: 'anthropic', configured: true, hint: `…${key.slice(-4)}`, source: 'env' };
}
