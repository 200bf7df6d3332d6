import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_MODEL_ID } from '../../../../shared/models/catalog';
import * as conversation from './conversation';
import type { PanePrompt } from './conversation';

export type { CacheTtl, PanePrompt, PromptMessage, RunAnswer, ToolResultInput } from './conversation';

/** The prompt fields panes share (a forked pane keeps its own copy in the panes store). */
export type SharedPrompt = Omit<PanePrompt, 'model'>;

interface PaneStore extends PanePrompt {
  /** Applies an edit to the shared prompt (see pane/prompt-actions.ts for the edits). */
  updateShared(change: (prompt: SharedPrompt) => SharedPrompt): void;
}

const newId = (): string => crypto.randomUUID();

/**
 * The shared prompt: what every pane without a fork sends. Persisted on every keystroke, so a
 * crash or restart loses nothing.
 *
 * `model` is the model chosen before panes existed. It is kept as saved and read once, to seed the
 * first pane's model (compare/panes-store.ts); each pane's model lives in the panes store.
 */
export const usePaneStore = create<PaneStore>()(
  persist(
    (set) => ({
      model: DEFAULT_MODEL_ID,
      system: '',
      messages: [conversation.newTurn(newId(), 'user')],
      values: {},
      updateShared: (change) =>
        set((state) => {
          const next = change(sharedOf(state));
          return { system: next.system, systemCache: next.systemCache, messages: next.messages, values: next.values };
        }),
    }),
    {
      // The key keeps its first name so version 1 data is found and migrated, not orphaned.
      name: 'duet.pane.v1',
      version: 2,
      migrate: (persisted, version) => (version < 2 ? conversation.migrateV1(persisted, newId()) : persisted) as PanePrompt,
      partialize: ({ model, system, systemCache, messages, values }): PanePrompt => ({ model, system, ...(systemCache ? { systemCache } : {}), messages, values }),
    },
  ),
);

function sharedOf({ system, systemCache, messages, values }: PanePrompt): SharedPrompt {
  return systemCache ? { system, systemCache, messages, values } : { system, messages, values };
}
