import { create } from 'zustand';

interface SettingsStore {
  open: boolean;
  openSettings(): void;
  closeSettings(): void;
}

/** Whether the Settings dialog is open. UI state only: the settings themselves live in the host. */
export const useSettingsStore = create<SettingsStore>()((set) => ({
  open: false,
  openSettings: () => set({ open: true }),
  closeSettings: () => set({ open: false }),
}));

export function isSettingsOpen(): boolean {
  return useSettingsStore.getState().open;
}
