import { create } from 'zustand';
import type { ChatChunk } from '../../../../shared/chat/chunk';
import type { RunEvent, RunRequest } from '../../../../shared/contract';
import { bridge } from '../../bridge/bridge';
import { applyChunks, applyRunEvent, beginRun, failRun, IDLE_RUN, stopRun, type RunState } from './run-state';

interface RunsStore {
  byPane: Record<string, RunState>;
  start(paneId: string, request: RunRequest): Promise<void>;
  stop(paneId: string): Promise<void>;
  receive(event: Exclude<RunEvent, { type: 'chunks' }>): void;
  receiveChunks(runId: string, chunks: ChatChunk[]): void;
}

const paneOfRun = new Map<string, string>();

function newRunId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/** Live runs per pane. UI state only: nothing here is the source of truth for a prompt. */
export const useRunsStore = create<RunsStore>()((set, get) => {
  const update = (paneId: string, change: (state: RunState) => RunState): void =>
    set((store) => ({ byPane: { ...store.byPane, [paneId]: change(store.byPane[paneId] ?? IDLE_RUN) } }));

  return {
    byPane: {},
    async start(paneId, request) {
      if (get().byPane[paneId]?.status === 'running') return;
      const runId = newRunId();
      paneOfRun.set(runId, paneId);
      update(paneId, () => beginRun(runId, performance.now()));
      const result = await bridge.invoke('runs.start', { runId, request });
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
    receiveChunks(runId, chunks) {
      const paneId = paneOfRun.get(runId);
      if (!paneId) return;
      update(paneId, (state) => (state.runId === runId && state.status === 'running' ? applyChunks(state, chunks, performance.now()) : state));
    },
  };
});

export function useRun(paneId: string): RunState {
  return useRunsStore((store) => store.byPane[paneId] ?? IDLE_RUN);
}
