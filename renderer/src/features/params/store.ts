import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_PARAMS, type PaneParams } from './types';

interface ParamsStore {
  /** Parameters by pane id; a pane without an entry uses DEFAULT_PARAMS. */
  byPane: Record<string, PaneParams>;
  /** Panes whose last Run was refused by the request check (not persisted). */
  refused: Record<string, boolean>;
  update(paneId: string, patch: Partial<PaneParams>): void;
  setRefused(paneId: string, refused: boolean): void;
}

/** Request parameters per pane, persisted on every change so nothing typed is lost. */
export const useParamsStore = create<ParamsStore>()(
  persist(
    (set) => ({
      byPane: {},
      refused: {},
      update: (paneId, patch) =>
        set((state) => ({ byPane: { ...state.byPane, [paneId]: { ...paramsOf(state.byPane, paneId), ...patch } } })),
      setRefused: (paneId, refused) => set((state) => ({ refused: { ...state.refused, [paneId]: refused } })),
    }),
    {
      name: 'duet.params.v1',
      version: 1,
      partialize: ({ byPane }) => ({ byPane }),
    },
  ),
);

/** A pane's parameters, with defaults for fields written by an older version. */
export function paramsOf(byPane: Record<string, PaneParams>, paneId: string): PaneParams {
  return { ...DEFAULT_PARAMS, ...byPane[paneId] };
}

export function usePaneParams(paneId: string): PaneParams {
  const stored = useParamsStore((state) => state.byPane[paneId]);
  return stored ? { ...DEFAULT_PARAMS, ...stored } : DEFAULT_PARAMS;
}
