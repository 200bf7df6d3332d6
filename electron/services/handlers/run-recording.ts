import type { ChatChunk } from '../../../shared/chat/chunk';
import type { DuetError, InspectedRequest, RunOrigin, RunRequest } from '../../../shared/contract';
import { carriesToken, type RunRecording } from '../history/build-run';

export interface RunRecorder {
  add(chunks: readonly ChatChunk[]): void;
  /** Wraps the inspector's upstream-request callback so the latest attempt's request is kept too. */
  tap(forward?: (request: InspectedRequest) => void): (request: InspectedRequest) => void;
  finish(error: DuetError | undefined): RunRecording;
}

/** Gathers what history needs while a run streams: its chunks, the upstream request and the times. */
export function startRunRecording(runId: string, request: RunRequest, origin: RunOrigin | undefined, clock: { wall(): number; monotonic(): number } = { wall: Date.now, monotonic: () => performance.now() }): RunRecorder {
  const startedAt = clock.wall();
  const began = clock.monotonic();
  const chunks: ChatChunk[] = [];
  let ttftMs: number | undefined;
  let upstream: InspectedRequest | undefined;
  return {
    add(batch) {
      if (ttftMs === undefined && batch.some(carriesToken)) ttftMs = Math.round(clock.monotonic() - began);
      chunks.push(...batch);
    },
    tap: (forward) => (inspected) => {
      upstream = inspected;
      forward?.(inspected);
    },
    finish: (error) => ({
      runId,
      request,
      ...(origin ? { origin } : {}),
      startedAt,
      ...(ttftMs !== undefined ? { ttftMs } : {}),
      durationMs: Math.round(clock.monotonic() - began),
      ...(upstream ? { upstream } : {}),
      chunks,
      ...(error ? { error } : {}),
    }),
  };
}
