import type { Handlers, HandlerContext, RequestOf } from '../../../shared/contract';
import type { Gateway } from '../../gateway';
import { RunRegistry } from '../runs/run-registry';
import { toDuetError } from '../to-duet-error';
import { runInspector } from './run-inspection';

type RunHandlers = Pick<Handlers, 'runs.start' | 'runs.cancel'>;

/** Runs stream back as events; Stop aborts the upstream request. */
export function createRunHandlers(gateway: Gateway): { handlers: RunHandlers; cancelAll(): void } {
  const runs = new RunRegistry();
  return {
    handlers: {
      'runs.start': async (request, context) => {
        const signal = runs.begin(request.runId);
        void streamRun(gateway, request, signal, context).finally(() => runs.finish(request.runId));
        return { runId: request.runId };
      },
      'runs.cancel': async ({ runId }) => ({ cancelled: runs.cancel(runId) }),
    },
    cancelAll: () => runs.cancelAll(),
  };
}

async function streamRun(gateway: Gateway, { runId, request }: RequestOf<'runs.start'>, signal: AbortSignal, context: HandlerContext): Promise<void> {
  const inspect = runInspector(runId, context, performance.now());
  try {
    const stream = await gateway.streamChat(request, {
      signal,
      inspect,
      onRetry: ({ attempt, maxAttempts, delayMs, error }) =>
        context.emit('runs.event', { runId, type: 'retrying', attempt, maxAttempts, delayMs, reason: toDuetError(error) }),
    });
    context.emit('runs.event', { runId, type: 'started', warnings: stream.warnings, ...(stream.requestId ? { requestId: stream.requestId } : {}) });
    for await (const chunks of stream.chunks) context.emit('runs.event', { runId, type: 'chunks', chunks });
    inspect.flush();
    context.emit('runs.event', { runId, type: 'done' });
  } catch (error) {
    inspect.flush();
    context.emit('runs.event', { runId, type: 'error', error: toDuetError(error) });
  }
}
