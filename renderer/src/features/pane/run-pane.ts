import { effectivePrompt } from '../compare/pane-prompt';
import { paramsOf, useParamsStore } from '../params/store';
import { useRunsStore } from '../runs/store';
import { newGroupId } from '../history/origin';
import { paneOrigin } from '../history/pane-origin';
import { focusVariableField } from '../variables/field-id';
import { paneRequest } from './pane-request';
import { usePaneUiStore } from './ui-store';

/**
 * Runs one pane's prompt with its parameters; says why when nothing is sent. `group` is shared by
 * the panes of one Run all; a single pane's run gets its own.
 */
export function runPane(paneId: string, group: string = newGroupId()): void {
  const outcome = paneRequest(effectivePrompt(paneId), paramsOf(useParamsStore.getState().byPane, paneId));
  if (!outcome.ok && outcome.reason === 'empty') return;
  // Nothing is sent with holes in it: say why, and put the caret where the first value goes.
  usePaneUiStore.getState().patch(paneId, { blocked: !outcome.ok && outcome.reason === 'blocked' ? outcome.blocked : null });
  if (!outcome.ok && outcome.reason === 'blocked') focusVariableField(outcome.blocked.missing, paneId);
  // A request the check finds errors in is not sent: the request check says why.
  useParamsStore.getState().setRefused(paneId, !outcome.ok && outcome.reason === 'check');
  if (outcome.ok) void useRunsStore.getState().start(paneId, outcome.request, paneOrigin(paneId, group));
}

export function stopPane(paneId: string): void {
  if (useRunsStore.getState().byPane[paneId]?.status === 'running') void useRunsStore.getState().stop(paneId);
}
