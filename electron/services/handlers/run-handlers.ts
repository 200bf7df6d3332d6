import type { DuetError, Handlers, HandlerContext, HistoryRun, RequestOf, RunEvent } from '../../../shared/contract';
import type { Gateway } from '../../gateway';
import { resolveRunRequest, type AttachmentStore } from '../attachments';
import { buildHistoryRun } from '../history/build-run';
import { historyStorageError } from '../history/storage-error';
import { RunRegistry } from '../runs/run-registry';
import { compactTextChunks } from '../../../shared/chat/compact-chunks';
import { toDuetError } from '../to-duet-error';
import { startRunRecording, type RunRecorder } from './run-recording';
import { runInspector } from './run-inspection';

type RunHandlers = Pick<Handlers, 'runs.start' | 'runs.cancel'>;

/** Writes a finished run to the history; resolves once it is on disk. */
export type RecordRun = (run: HistoryRun) => Promise<void>;

/** How long the end of a run waits for its history write before reporting the end anyway. */
export const RECORD_WAIT_MS = 2000;

/** Runs stream back as events; Stop aborts the upstream request; every run ends in the history. */
export function createRunHandlers(
  gateway: Gateway,
  attachments: Pick<AttachmentStore, 'resolve'>,
  recordRun: RecordRun = async () => undefined,
): { handlers: RunHandlers; cancelAll(): void; settled(timeoutMs: number): Promise<void> } {
  const runs = new RunRegistry();
  const live = new Set<Promise<void>>();
  return {
    handlers: {
      'runs.start': async (request, context) => {
        const signal = runs.begin(request.runId);
        const streaming = streamRun(gateway, attachments, recordRun, request, signal, context).finally(() => {
          runs.finish(request.runId);
          live.delete(streaming);
        });
        live.add(streaming);
        return { runId: request.runId };
      },
      'runs.cancel': async ({ runId }) => ({ cancelled: runs.cancel(runId) }),
    },
    cancelAll: () => runs.cancelAll(),
    settled: (timeoutMs) => settledWithin([...live], timeoutMs),
  };
}

async function streamRun(
  gateway: Gateway,
  attachments: Pick<AttachmentStore, 'resolve'>,
  recordRun: RecordRun,
  { runId, request, origin }: RequestOf<'runs.start'>,
  signal: AbortSignal,
  context: HandlerContext,
): Promise<void> {
  const recorder = startRunRecording(runId, request, origin);
  const inspector = runInspector(runId, context, performance.now());
  const inspect = { ...inspector, onUpstreamRequest: recorder.tap(inspector.onUpstreamRequest) };
  let last: RunEvent;
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
    for await (const read of stream.chunks) {
      const chunks = compactTextChunks(read);
      recorder.add(chunks);
      context.emit('runs.event', { runId, type: 'chunks', chunks });
    }
    inspector.flush();
    last = { runId, type: 'done' };
  } catch (error) {
    inspector.flush();
    last = { runId, type: 'error', error: toDuetError(error) };
  }
  await endRun(context, last, saveRun(recordRun, recorder, last.type === 'error' ? last.error : undefined));
}

/** Every run has ended (and been written to the history), or the time is up. */
async function settledWithin(runs: Promise<void>[], timeoutMs: number): Promise<void> {
  await waitAtMost(Promise.allSettled(runs), timeoutMs);
}

const TIMED_OUT = Symbol('timed out');

/** `promise`'s value, or TIMED_OUT once `timeoutMs` have passed first; the timer never outlives the wait. */
async function waitAtMost<T>(promise: Promise<T>, timeoutMs: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([promise, new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Never rejects: a run that cannot be saved still ends as it ended, then says it was not recorded. */
async function saveRun(recordRun: RecordRun, recorder: RunRecorder, error: DuetError | undefined): Promise<DuetError | undefined> {
  try {
    await recordRun(buildHistoryRun(recorder.finish(error)));
    return undefined;
  } catch (failure) {
    return toDuetError(historyStorageError(undefined, failure));
  }
}

/**
 * The run's last event waits for its history write (so a history list asked for on `done` holds
 * the run), but never longer than RECORD_WAIT_MS: a stuck disk does not hang the run.
 */
async function endRun(context: HandlerContext, last: RunEvent, saved: Promise<DuetError | undefined>): Promise<void> {
  const waited = await waitAtMost(saved, RECORD_WAIT_MS);
  context.emit('runs.event', last);
  const failure = waited === TIMED_OUT ? await saved : waited;
  if (failure) context.emit('runs.event', { runId: last.runId, type: 'not_recorded', error: failure });
}
