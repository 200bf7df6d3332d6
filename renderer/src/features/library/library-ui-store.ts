import { create } from 'zustand';

export type NameDialog = { kind: 'save' } | { kind: 'saveAs' } | { kind: 'rename'; path: string };

interface LibraryUiState {
  panelOpen: boolean;
  /** The "Save prompt" (or "Rename prompt") dialog, while open. */
  nameDialog: NameDialog | undefined;
  /** A file the user asked to open while the workspace had unsaved edits: the panel asks first. */
  pendingOpen: string | undefined;
  togglePanel(): void;
  setNameDialog(dialog: NameDialog | undefined): void;
  setPendingOpen(path: string | undefined): void;
}

/** UI state of the library: the panel, its dialog, a pending open. */
export const useLibraryUiStore = create<LibraryUiState>()((set) => ({
  panelOpen: false,
  nameDialog: undefined,
  pendingOpen: undefined,
  togglePanel: () => set((state) => ({ panelOpen: !state.panelOpen })),
  setNameDialog: (nameDialog) => set({ nameDialog }),
  setPendingOpen: (pendingOpen) => set({ pendingOpen }),
}));

/** While the name dialog is open, Esc and Ctrl+Enter belong to it, not to the panes behind. */
export function isLibraryDialogOpen(): boolean {
  return useLibraryUiStore.getState().nameDialog !== undefined;
}
