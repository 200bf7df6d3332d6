import type { Handlers, HandlerContext, RequestOf } from '../../../shared/contract';
import type { Gateway } from '../../gateway';
import { resolveRunRequest, type AttachmentStore } from '../attachments';
import { RunRegistry } from '../runs/run-registry';
import { toDuetError } from '../to-duet-error';
import { runInspector } from './run-inspection';

type RunHandlers = Pick<Handlers, 'runs.start' | 'runs.cancel'>;

/** Runs stream back as events; Stop aborts the upstream request. */
export function createRunHandlers(gateway: Gateway, attachments: Pick<AttachmentStore, 'resolve'>): { handlers: RunHandlers; cancelAll(): void } {
  const runs = new RunRegistry();
  return {
    handlers: {
      'runs.start': async (request, context) => {
        const signal = runs.begin(request.runId);
        void streamRun(gateway, attachments, request, signal, context).finally(() => runs.finish(request.runId));
        return { runId: request.runId };
      },
      'runs.cancel': async ({ runId }) => ({ cancelled: runs.cancel(runId) }),
    },
    cancelAll: () => runs.cancelAll(),
  };
}

async function streamRun(
  gateway: Gateway,
  attachments: Pick<AttachmentStore, 'resolve'>,
  { runId, request }: RequestOf<'runs.start'>,
  signal: AbortSignal,
  context: HandlerContext,
): Promise<void> {
  const inspect = runInspector(runId, context, performance.now());
  try {
    // Bytes are inlined here, at the last moment: the contract only ever carried references.
    const chatRequest = await resolveRunRequest(request, attachments);
    const stream = await gateway.streamChat(chatRequest, {
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
