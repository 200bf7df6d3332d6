import { create } from 'zustand';
import type { ChatChunk } from '../../../../shared/chat/chunk';
import type { InspectedEvent, RunEvent, RunOrigin, RunRequest } from '../../../../shared/contract';
import { bridge } from '../../bridge/bridge';
import { archiveChunks } from './compact-chunks';
import { applyChunks, applyInspectedEvents, applyRunEvent, beginRun, failRun, IDLE_RUN, stopRun, type RunState } from './run-state';

/** What one animation frame collected for a run. */
export interface FrameBatch {
  chunks: ChatChunk[];
  events: InspectedEvent[];
  omitted: number;
}

interface RunsStore {
  byPane: Record<string, RunState>;
  /** Starts a run; `origin` tells history where it came from (its group, pane and snapshot). */
  start(paneId: string, request: RunRequest, origin?: RunOrigin): Promise<void>;
  stop(paneId: string): Promise<void>;
  receive(event: Exclude<RunEvent, { type: 'chunks' }>): void;
  receiveChunks(runId: string, chunks: ChatChunk[]): void;
  /** Chunks and raw events of one frame, applied in one update. */
  receiveBatch(runId: string, batch: FrameBatch): void;
  /** Forgets every run (nothing may be running), so their answers and chunks can be collected. */
  clear(): void;
}

const paneOfRun = new Map<string, string>();
/**
 * The chunks of each pane's latest run, for the Inspector's assembled response, without the text the
 * run state already holds (compact-chunks.ts). Kept outside the reactive state: appending never
 * triggers a render.
 */
const chunksOfRun = new Map<string, ChatChunk[]>();

/** The chunks a run received so far, less the first choice's text (empty for an unknown or replaced run). */
export function runChunks(runId: string | undefined): readonly ChatChunk[] {
  return (runId && chunksOfRun.get(runId)) || [];
}

function newRunId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/** Live runs per pane. UI state only: nothing here is the source of truth for a prompt. */
export const useRunsStore = create<RunsStore>()((set, get) => {
  const update = (paneId: string, change: (state: RunState) => RunState): void =>
    set((store) => ({ byPane: { ...store.byPane, [paneId]: change(store.byPane[paneId] ?? IDLE_RUN) } }));

  const receiveBatch = (runId: string, { chunks, events, omitted }: FrameBatch): void => {
    const paneId = paneOfRun.get(runId);
    if (!paneId) return;
    const archive = chunksOfRun.get(runId);
    if (archive) archiveChunks(archive, chunks);
    update(paneId, (state) => {
      if (state.runId !== runId || state.status !== 'running') return state;
      const inspected = events.length > 0 || omitted > 0 ? applyInspectedEvents(state, events, omitted) : state;
      return chunks.length > 0 ? applyChunks(inspected, chunks, performance.now()) : inspected;
    });
  };

  return {
    byPane: {},
    async start(paneId, request, origin) {
      if (get().byPane[paneId]?.status === 'running') return;
      const runId = newRunId();
      const previous = get().byPane[paneId]?.runId;
      if (previous) chunksOfRun.delete(previous);
      paneOfRun.set(runId, paneId);
      chunksOfRun.set(runId, []);
      update(paneId, () => beginRun(runId, performance.now(), request));
      const result = await bridge.invoke('runs.start', { runId, request, ...(origin ? { origin } : {}) });
      if (!result.ok) update(paneId, (state) => (state.runId === runId ? failRun(state, result.error, performance.now()) : state));
    },
    async stop(paneId) {
      const runId = get().byPane[paneId]?.runId;
      update(paneId, (state) => stopRun(state, performance.now()));
      if (runId) await bridge.invoke('runs.cancel', { runId });
    },
    receive(event) {
      const paneId = paneOfRun.get(event.runId);
      if (paneId) update(paneId, (state) => applyRunEvent(state, event, performance.now()));
    },
    receiveChunks: (runId, chunks) => receiveBatch(runId, { chunks, events: [], omitted: 0 }),
    receiveBatch,
    clear() {
      paneOfRun.clear();
      chunksOfRun.clear();
      set({ byPane: {} });
    },
  };
});

export function useRun(paneId: string): RunState {
  return useRunsStore((store) => store.byPane[paneId] ?? IDLE_RUN);
}
