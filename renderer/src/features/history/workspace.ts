import { effectivePromptOf, promptDocOf } from '../compare/effective-prompt';
import type { PaneSettings, PromptDoc } from '../compare/panes';
import { usePanesStore } from '../compare/panes-store';
import { usePaneStore } from '../pane/store';
import { paramsOf, useParamsStore } from '../params/store';
import { useRunsStore } from '../runs/store';
import type { ReopenPlan } from './reopen';
import { hasUnrunEdits } from './unrun-edits';

/** The panes and the shared prompt, as Reopen replaces them and Undo puts them back. */
export interface Workspace {
  shared: PromptDoc;
  order: string[];
  byId: Record<string, PaneSettings>;
}

export function captureWorkspace(): Workspace {
  const { order, byId } = usePanesStore.getState();
  return { shared: structuredClone(promptDocOf(usePaneStore.getState())), order: [...order], byId: structuredClone(byId) };
}

/** Whether the panes on screen hold edits no run has sent yet. */
export function workspaceHasUnrunEdits(): boolean {
  const { order, byId } = usePanesStore.getState();
  const shared = usePaneStore.getState();
  const params = useParamsStore.getState().byPane;
  const runs = useRunsStore.getState().byPane;
  return hasUnrunEdits(
    order.flatMap((id) => {
      const pane = byId[id];
      return pane ? [{ prompt: effectivePromptOf(shared, pane), params: paramsOf(params, id), lastRequest: runs[id]?.request }] : [];
    }),
  );
}

function putWorkspace({ shared, order, byId }: Workspace): void {
  usePaneStore.getState().updateShared(() => structuredClone(shared));
  usePanesStore.setState({ order: [...order], byId: structuredClone(byId), removed: null });
}

/** Replaces the panes with the plan's; returns what was there, for Undo. */
export function applyReopen(plan: ReopenPlan): Workspace {
  const previous = captureWorkspace();
  // New pane ids: the replaced panes keep their parameters and runs under their own ids for Undo.
  for (const pane of plan.panes) useParamsStore.getState().update(pane.id, pane.params);
  const byId = Object.fromEntries(plan.panes.map((pane) => [pane.id, pane.fork ? { model: pane.model, fork: pane.fork } : { model: pane.model }]));
  putWorkspace({ shared: plan.shared, order: plan.panes.map((pane) => pane.id), byId });
  return previous;
}

export function restoreWorkspace(workspace: Workspace): void {
  putWorkspace(workspace);
}

/** Stored attachments a workspace shows (shared prompt and forks), which deleting runs must not remove. */
export function attachmentIdsOf(workspace: Workspace): string[] {
  const docs = [workspace.shared, ...Object.values(workspace.byId).flatMap((pane) => (pane.fork ? [pane.fork] : []))];
  const ids = docs.flatMap((doc) => doc.messages.flatMap((message) => (message.role === 'tool' ? [] : message.attachments.map((ref) => ref.id))));
  return [...new Set(ids)];
}
