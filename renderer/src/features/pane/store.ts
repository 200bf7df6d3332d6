import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_MODEL_ID } from '../../../../shared/models/catalog';
import type { RunBlocked } from './build-request';

export interface PanePrompt {
  model: string;
  system: string;
  user: string;
  /** Values of `{{variables}}` by name. A name with no own key is unset; '' is a value. */
  values: Record<string, string>;
}

interface PaneStore extends PanePrompt {
  /** Why the last Run did not send (not persisted); cleared by a Run that sends. */
  blocked: RunBlocked | null;
  setModel(model: string): void;
  setSystem(system: string): void;
  setUser(user: string): void;
  setValue(name: string, value: string): void;
  removeValue(name: string): void;
  setBlocked(blocked: RunBlocked | null): void;
}

/** The prompt being edited. Persisted on every keystroke, so a crash or restart loses nothing. */
export const usePaneStore = create<PaneStore>()(
  persist(
    (set) => ({
      model: DEFAULT_MODEL_ID,
      system: '',
      user: '',
      values: {},
      blocked: null,
      setModel: (model) => set({ model }),
      setSystem: (system) => set({ system }),
      setUser: (user) => set({ user }),
      setValue: (name, value) => set((state) => ({ values: { ...state.values, [name]: value } })),
      removeValue: (name) =>
        set((state) => {
          const values = { ...state.values };
          delete values[name];
          return { values };
        }),
      setBlocked: (blocked) => set({ blocked }),
    }),
    {
      name: 'duet.pane.v1',
      version: 1,
      // v1 data written before variables existed has no `values`; the default {} fills it in.
      partialize: ({ model, system, user, values }): PanePrompt => ({ model, system, user, values }),
    },
  ),
);
