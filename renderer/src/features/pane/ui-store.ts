import { create } from 'zustand';
import type { RunBlocked } from './build-request';

/** What a pane shows about its last actions; never persisted. */
export interface PaneUi {
  /** Why the last Run did not send; cleared by a Run that sends. */
  blocked: RunBlocked | null;
  /** The latest edit that may break signed thinking. */
  thinkingWarning: string | null;
  /** The run whose answer is already in the conversation, so it is added once. */
  appendedRunId: string | null;
}

export const NO_PANE_UI: PaneUi = { blocked: null, thinkingWarning: null, appendedRunId: null };

interface PaneUiStore {
  byPane: Record<string, PaneUi>;
  patch(paneId: string, patch: Partial<PaneUi>): void;
}

export const usePaneUiStore = create<PaneUiStore>()((set) => ({
  byPane: {},
  patch: (paneId, patch) => set((state) => ({ byPane: { ...state.byPane, [paneId]: { ...(state.byPane[paneId] ?? NO_PANE_UI), ...patch } } })),
}));

export function usePaneUi<K extends keyof PaneUi>(paneId: string, key: K): PaneUi[K] {
  return usePaneUiStore((state) => (state.byPane[paneId] ?? NO_PANE_UI)[key]);
}
