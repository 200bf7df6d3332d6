import type { RunRequest } from '../../../../shared/contract/run-request';
import type { PanePrompt } from '../pane/conversation';
import { paneRequest } from '../pane/pane-request';
import type { PaneParams } from '../params/types';

/** One pane as the workspace holds it now, with the request of its latest run (if it ran since the start). */
export interface WorkspacePane {
  prompt: PanePrompt;
  params: PaneParams;
  lastRequest: RunRequest | undefined;
}

/**
 * Whether replacing the panes would drop work that was never run: a pane with something in it whose
 * request now differs from the one its latest run sent (or that has not run). Empty panes lose nothing.
 */
export function hasUnrunEdits(panes: readonly WorkspacePane[]): boolean {
  return panes.some(({ prompt, params, lastRequest }) => {
    const outcome = paneRequest(prompt, params);
    if (!outcome.ok) return outcome.reason !== 'empty';
    return !lastRequest || JSON.stringify(outcome.request) !== JSON.stringify(lastRequest);
  });
}
