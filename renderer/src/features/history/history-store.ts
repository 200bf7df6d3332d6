import { create } from 'zustand';
import type { Workspace } from './workspace';

interface HistoryStore {
  open: boolean;
  /** Selected run ids, in the order they were picked (Reopen fills panes in this order). */
  selected: string[];
  /** The run whose details are shown instead of the list. */
  detailsId: string | null;
  /** The panes Reopen replaced last, until Undo puts them back or another Reopen replaces them. */
  replaced: Workspace | null;
  toggleOpen(): void;
  close(): void;
  toggleSelected(id: string): void;
  setSelected(ids: string[]): void;
  showDetails(id: string | null): void;
  setReplaced(workspace: Workspace | null): void;
}

/** The History panel's UI state; the runs themselves live in the host. */
export const useHistoryStore = create<HistoryStore>()((set) => ({
  open: false,
  selected: [],
  detailsId: null,
  replaced: null,
  toggleOpen: () => set((state) => ({ open: !state.open, detailsId: null })),
  close: () => set({ open: false, detailsId: null }),
  toggleSelected: (id) => set((state) => ({ selected: state.selected.includes(id) ? state.selected.filter((other) => other !== id) : [...state.selected, id] })),
  setSelected: (selected) => set({ selected }),
  showDetails: (detailsId) => set({ detailsId }),
  setReplaced: (replaced) => set({ replaced }),
}));
