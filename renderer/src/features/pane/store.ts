import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AttachmentRef } from '../../../../shared/chat/attachment';
import { DEFAULT_MODEL_ID } from '../../../../shared/models/catalog';
import type { RunBlocked } from './build-request';
import * as conversation from './conversation';
import type { CacheTtl, ConversationEdit, PanePrompt, RunAnswer, ToolResultInput, TurnMessage } from './conversation';

export type { CacheTtl, PanePrompt, PromptMessage, RunAnswer, ToolResultInput } from './conversation';

interface PaneStore extends PanePrompt {
  /** Why the last Run did not send (not persisted); cleared by a Run that sends. */
  blocked: RunBlocked | null;
  /** The latest edit that may break signed thinking (not persisted). */
  thinkingWarning: string | null;
  /** The run whose answer is already in the conversation, so it is added once (not persisted). */
  appendedRunId: string | null;
  setModel(model: string): void;
  setSystem(system: string): void;
  setSystemCache(cache: CacheTtl | undefined): void;
  addMessage(): void;
  removeMessage(id: string): void;
  moveMessage(id: string, by: -1 | 1): void;
  setRole(id: string, role: TurnMessage['role']): void;
  setText(id: string, text: string): void;
  setCache(id: string, cache: CacheTtl | undefined): void;
  setToolError(id: string, isError: boolean): void;
  setAttachments(id: string, attachments: AttachmentRef[]): void;
  appendRunAnswer(runId: string, answer: RunAnswer): void;
  addToolResults(runId: string, answer: RunAnswer, results: readonly ToolResultInput[]): void;
  dismissThinkingWarning(): void;
  setValue(name: string, value: string): void;
  removeValue(name: string): void;
  setBlocked(blocked: RunBlocked | null): void;
}

const newId = (): string => crypto.randomUUID();

/** The prompt being edited. Persisted on every keystroke, so a crash or restart loses nothing. */
export const usePaneStore = create<PaneStore>()(
  persist(
    (set, get) => {
      /** Applies a change to the messages, keeping any warning the edit deserves. */
      const edit = (change: ConversationEdit, messages: PanePrompt['messages']): void => {
        const warning = conversation.thinkingWarning(get(), change);
        set(warning ? { messages, thinkingWarning: warning } : { messages });
      };
      return {
        model: DEFAULT_MODEL_ID,
        system: '',
        messages: [conversation.newTurn(newId(), 'user')],
        values: {},
        blocked: null,
        thinkingWarning: null,
        appendedRunId: null,
        setModel: (model) => {
          const warning = conversation.thinkingWarning(get(), { kind: 'model', model });
          set(warning ? { model, thinkingWarning: warning } : { model });
        },
        setSystem: (system) => set({ system }),
        setSystemCache: (systemCache) => set(systemCache ? { systemCache } : { systemCache: undefined }),
        addMessage: () => set((state) => ({ messages: conversation.addMessage(state.messages, newId()) })),
        removeMessage: (id) => edit({ kind: 'delete', id }, conversation.removeMessage(get().messages, id)),
        moveMessage: (id, by) => edit({ kind: 'move', id }, conversation.moveMessage(get().messages, id, by)),
        setRole: (id, role) => edit({ kind: 'role', id }, conversation.setRole(get().messages, id, role)),
        setText: (id, text) => edit({ kind: 'edit', id }, conversation.setText(get().messages, id, text)),
        setCache: (id, cache) => set((state) => ({ messages: conversation.setCache(state.messages, id, cache) })),
        setAttachments: (id, attachments) => set((state) => ({ messages: conversation.setAttachments(state.messages, id, attachments) })),
        setToolError: (id, isError) => set((state) => ({ messages: conversation.setToolError(state.messages, id, isError) })),
        appendRunAnswer: (runId, answer) => {
          if (get().appendedRunId === runId) return;
          set((state) => ({ messages: conversation.appendRunAnswer(state.messages, newId(), answer), appendedRunId: runId }));
        },
        addToolResults: (runId, answer, results) => {
          if (get().appendedRunId === runId) return;
          const ids = { answer: newId(), results: results.map(newId) };
          set((state) => ({ messages: conversation.addToolResults(state.messages, ids, answer, results), appendedRunId: runId }));
        },
        dismissThinkingWarning: () => set({ thinkingWarning: null }),
        setValue: (name, value) => set((state) => ({ values: { ...state.values, [name]: value } })),
        removeValue: (name) =>
          set((state) => {
            const values = { ...state.values };
            delete values[name];
            return { values };
          }),
        setBlocked: (blocked) => set({ blocked }),
      };
    },
    {
      // The key keeps its first name so version 1 data is found and migrated, not orphaned.
      name: 'duet.pane.v1',
      version: 2,
      migrate: (persisted, version) => (version < 2 ? conversation.migrateV1(persisted, newId()) : persisted) as PanePrompt,
      partialize: ({ model, system, systemCache, messages, values }): PanePrompt => ({ model, system, ...(systemCache ? { systemCache } : {}), messages, values }),
    },
  ),
);
