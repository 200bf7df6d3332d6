import type { AttachmentRef } from '../../../../shared/chat/attachment';
import { DEFAULT_MODEL_ID } from '../../../../shared/models/catalog';
import * as conversation from '../pane/conversation';
import type { CacheTtl, ConversationEdit, PanePrompt, RunAnswer, ToolResultInput, TurnMessage } from '../pane/conversation';
import { usePaneStore } from '../pane/store';
import { usePaneUiStore } from '../pane/ui-store';
import { effectivePromptOf } from './effective-prompt';
import type { PromptDoc } from './panes';
import { usePanesStore } from './panes-store';

/** The PanePrompt a pane sends now: its fork or the shared prompt, with its model. */
export function effectivePrompt(paneId: string): PanePrompt {
  const pane = usePanesStore.getState().byId[paneId] ?? { model: DEFAULT_MODEL_ID };
  return effectivePromptOf(usePaneStore.getState(), pane);
}

/**
 * One field of the prompt a pane edits (its fork, else the shared prompt). Each field is its own
 * subscription, so typing in one pane's fork re-renders nothing in the others.
 */
export function usePromptField<K extends keyof PromptDoc>(paneId: string, key: K): PromptDoc[K] {
  const forked = usePanesStore((state) => state.byId[paneId]?.fork !== undefined);
  const own = usePanesStore((state) => state.byId[paneId]?.fork?.[key]);
  const shared = usePaneStore((state) => (forked ? undefined : state[key]));
  return (forked ? own : shared) as PromptDoc[K];
}

/** Edits the prompt the pane sends: its fork when it has one, otherwise the shared prompt. */
function editDoc(paneId: string, change: (doc: PromptDoc) => PromptDoc): void {
  if (usePanesStore.getState().byId[paneId]?.fork) usePanesStore.getState().updateFork(paneId, change);
  else usePaneStore.getState().updateShared(change);
}

export interface PromptActions {
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
}

const newId = (): string => crypto.randomUUID();
const cached = new Map<string, PromptActions>();

/** The editing actions of one pane (stable per pane, so components may hold them). */
export function promptActions(paneId: string): PromptActions {
  let actions = cached.get(paneId);
  if (!actions) cached.set(paneId, (actions = createPromptActions(paneId)));
  return actions;
}

function createPromptActions(paneId: string): PromptActions {
  const ui = () => usePaneUiStore.getState();
  const messages = (change: (list: PromptDoc['messages']) => PromptDoc['messages']) => editDoc(paneId, (doc) => ({ ...doc, messages: change(doc.messages) }));
  /** A change to the messages, with the warning the edit deserves when it touches signed thinking. */
  const warnAndEdit = (edit: ConversationEdit, change: (list: PromptDoc['messages']) => PromptDoc['messages']) => {
    const warning = conversation.thinkingWarning(effectivePrompt(paneId), edit);
    if (warning) ui().patch(paneId, { thinkingWarning: warning });
    messages(change);
  };
  const once = (runId: string, change: (list: PromptDoc['messages']) => PromptDoc['messages']) => {
    if ((ui().byPane[paneId]?.appendedRunId ?? null) === runId) return;
    messages(change);
    ui().patch(paneId, { appendedRunId: runId });
  };
  return {
    setModel: (model) => {
      const warning = conversation.thinkingWarning(effectivePrompt(paneId), { kind: 'model', model });
      if (warning) ui().patch(paneId, { thinkingWarning: warning });
      usePanesStore.getState().setModel(paneId, model);
    },
    setSystem: (system) => editDoc(paneId, (doc) => ({ ...doc, system })),
    setSystemCache: (systemCache) =>
      editDoc(paneId, ({ systemCache: _old, ...doc }) => (systemCache ? { ...doc, systemCache } : doc)),
    addMessage: () => messages((list) => conversation.addMessage(list, newId())),
    removeMessage: (id) => warnAndEdit({ kind: 'delete', id }, (list) => conversation.removeMessage(list, id)),
    moveMessage: (id, by) => warnAndEdit({ kind: 'move', id }, (list) => conversation.moveMessage(list, id, by)),
    setRole: (id, role) => warnAndEdit({ kind: 'role', id }, (list) => conversation.setRole(list, id, role)),
    setText: (id, text) => warnAndEdit({ kind: 'edit', id }, (list) => conversation.setText(list, id, text)),
    setCache: (id, cache) => messages((list) => conversation.setCache(list, id, cache)),
    setToolError: (id, isError) => messages((list) => conversation.setToolError(list, id, isError)),
    setAttachments: (id, attachments) => messages((list) => conversation.setAttachments(list, id, attachments)),
    appendRunAnswer: (runId, answer) => once(runId, (list) => conversation.appendRunAnswer(list, newId(), answer)),
    addToolResults: (runId, answer, results) =>
      once(runId, (list) => conversation.addToolResults(list, { answer: newId(), results: results.map(newId) }, answer, results)),
    dismissThinkingWarning: () => ui().patch(paneId, { thinkingWarning: null }),
    setValue: (name, value) => editDoc(paneId, (doc) => ({ ...doc, values: { ...doc.values, [name]: value } })),
    removeValue: (name) =>
      editDoc(paneId, (doc) => {
        const values = { ...doc.values };
        delete values[name];
        return { ...doc, values };
      }),
  };
}
