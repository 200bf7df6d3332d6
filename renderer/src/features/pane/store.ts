import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AttachmentRef } from '../../../../shared/chat/attachment';
import { DEFAULT_MODEL_ID } from '../../../../shared/models/catalog';
import type { RunBlocked } from './build-request';

export interface PanePrompt {
  model: string;
  system: string;
  user: string;
  /** Values of `{{variables}}` by name. A name with no own key is unset; '' is a value. */
  values: Record<string, string>;
  /** Files sent with the user message, as references to the host's store. */
  attachments?: AttachmentRef[];
}

interface PaneStore extends PanePrompt {
  attachments: AttachmentRef[];
  /** Why the last Run did not send (not persisted); cleared by a Run that sends. */
  blocked: RunBlocked | null;
  setModel(model: string): void;
  setSystem(system: string): void;
  setUser(user: string): void;
  setValue(name: string, value: string): void;
  removeValue(name: string): void;
  setBlocked(blocked: RunBlocked | null): void;
  setAttachments(attachments: AttachmentRef[]): void;
}

/** The prompt being edited. Persisted on every keystroke, so a crash or restart loses nothing. */
export const usePaneStore = create<PaneStore>()(
  persist(
    (set) => ({
      model: DEFAULT_MODEL_ID,
      system: '',
      user: '',
      values: {},
      attachments: [],
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
      setAttachments: (attachments) => set({ attachments }),
    }),
    {
      name: 'duet.pane.v1',
      version: 1,
      // v1 data written before variables or attachments existed lacks them; the defaults fill them in.
      partialize: ({ model, system, user, values, attachments }): PanePrompt => ({ model, system, user, values, attachments }),
    },
  ),
);
