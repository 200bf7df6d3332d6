import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_MODEL_ID } from '../../../../shared/models/catalog';

export interface PanePrompt {
  model: string;
  system: string;
  user: string;
}

interface PaneStore extends PanePrompt {
  setModel(model: string): void;
  setSystem(system: string): void;
  setUser(user: string): void;
}

/** The prompt being edited. Persisted on every keystroke, so a crash or restart loses nothing. */
export const usePaneStore = create<PaneStore>()(
  persist(
    (set) => ({
      model: DEFAULT_MODEL_ID,
      system: '',
      user: '',
      setModel: (model) => set({ model }),
      setSystem: (system) => set({ system }),
      setUser: (user) => set({ user }),
    }),
    { name: 'duet.pane.v1', version: 1 },
  ),
);
