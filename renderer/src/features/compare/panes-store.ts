import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_MODEL_ID } from '../../../../shared/models/catalog';
import { usePaneStore } from '../pane/store';
import { paramsOf, useParamsStore } from '../params/store';
import * as panes from './panes';
import type { PaneLayout, PaneSettings, PanesState, PromptDoc, RemovedPane } from './panes';

interface PanesStore extends PanesState {
  /** The pane removed last, until it is restored or another goes (not persisted). */
  removed: RemovedPane | null;
  addPane(): string | null;
  /** A copy of the pane (model, fork and parameters) right after it; null when there is no room. */
  duplicatePane(sourceId: string): string | null;
  removePane(id: string): void;
  undoRemove(): void;
  setLayout(layout: PaneLayout): void;
  setModel(id: string, model: string): void;
  /** Gives the pane its own copy of the prompt. */
  forkPane(id: string, from: PromptDoc): void;
  updateFork(id: string, change: (fork: PromptDoc) => PromptDoc): void;
  resetToShared(id: string): void;
}

const newPaneId = (): string => `pane-${crypto.randomUUID().slice(0, 8)}`;

// The shared prompt's store hydrates synchronously from localStorage, so its saved model is known here.
const seed = (): PanesState => panes.initialPanes(usePaneStore.getState().model, DEFAULT_MODEL_ID);

/** The panes, their order, layout, models and forks. Persisted on every change. */
export const usePanesStore = create<PanesStore>()(
  persist(
    (set, get) => {
      const apply = (change: (state: PanesState) => PanesState): void => {
        set((store) => change(store));
      };
      return {
        ...seed(),
        removed: null,
        addPane: () => {
          const id = newPaneId();
          const before = get().order.length;
          apply((state) => panes.addPane(state, id));
          return get().order.length > before ? id : null;
        },
        duplicatePane: (sourceId) => {
          const id = newPaneId();
          const before = get().order.length;
          apply((state) => panes.duplicatePane(state, sourceId, id));
          if (get().order.length === before) return null;
          // The copy runs with the same parameters (kept per pane id in the params store).
          useParamsStore.getState().update(id, paramsOf(useParamsStore.getState().byPane, sourceId));
          return id;
        },
        removePane: (id) =>
          set((store) => {
            const { state, removed } = panes.removePane(store, id);
            return removed ? { ...state, removed } : store;
          }),
        undoRemove: () =>
          set((store) => (store.removed ? { ...panes.restorePane(store, store.removed), removed: null } : store)),
        setLayout: (layout) => set({ layout }),
        setModel: (id, model) => apply((state) => panes.updatePane(state, id, (pane) => ({ ...pane, model }))),
        forkPane: (id, from) => apply((state) => panes.updatePane(state, id, (pane) => (pane.fork ? pane : { ...pane, fork: panes.copyDoc(from) }))),
        updateFork: (id, change) => apply((state) => panes.updatePane(state, id, (pane) => (pane.fork ? { ...pane, fork: change(pane.fork) } : pane))),
        resetToShared: (id) => apply((state) => panes.updatePane(state, id, panes.withoutFork)),
      };
    },
    {
      name: 'duet.panes.v1',
      version: 1,
      partialize: ({ order, layout, byId }): PanesState => ({ order, layout, byId }),
      merge: (saved, current) => ({ ...current, ...panes.sanitizePanes(saved, seed()) }),
    },
  ),
);

export function usePaneSettings(id: string): PaneSettings | undefined {
  return usePanesStore((state) => state.byId[id]);
}

export function usePaneModel(id: string): string {
  return usePanesStore((state) => state.byId[id]?.model ?? DEFAULT_MODEL_ID);
}

export function usePaneForked(id: string): boolean {
  return usePanesStore((state) => state.byId[id]?.fork !== undefined);
}
