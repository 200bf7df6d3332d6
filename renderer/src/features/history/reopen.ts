import type { HistoryRun } from '../../../../shared/contract';
import { MAX_PANES, type PromptDoc } from '../compare/panes';
import type { PaneParams } from '../params/types';
import { paneFromRequest } from './request-to-pane';
import { parseSnapshot } from './snapshot';

/** One pane Reopen creates. */
export interface ReopenedPane {
  id: string;
  model: string;
  params: PaneParams;
  /** Its own prompt when it differs from the shared one. */
  fork?: PromptDoc;
}

export interface ReopenPlan {
  shared: PromptDoc;
  panes: ReopenedPane[];
  /** What could not be brought back, per run ("Run B: …"). */
  lost: string[];
}

interface Restored {
  model: string;
  params: PaneParams;
  prompt: PromptDoc;
  forked: boolean;
  lost: string[];
}

/** A run as a pane: its snapshot when it has a readable one, else rebuilt from the request. */
export function restoreRun(run: Pick<HistoryRun, 'snapshot' | 'request'>, newId: () => string): Restored {
  const snapshot = parseSnapshot(run.snapshot);
  if (snapshot) return { model: snapshot.model, params: snapshot.params, prompt: snapshot.prompt, forked: snapshot.forked, lost: [] };
  const rebuilt = paneFromRequest(run.request, newId);
  return { ...rebuilt, forked: false, lost: rebuilt.lost };
}

const samePrompt = (left: PromptDoc, right: PromptDoc): boolean => JSON.stringify(left) === JSON.stringify(right);

/**
 * The panes for up to four runs, in the order given. The shared prompt is the first run's that was
 * not forked (else the first run's); a run whose prompt differs from it gets a fork, so each pane
 * sends exactly what its run sent.
 */
export function planReopen(runs: readonly Pick<HistoryRun, 'snapshot' | 'request' | 'paneLabel'>[], newPaneId: () => string, newId: () => string): ReopenPlan | null {
  if (runs.length === 0) return null;
  const restored = runs.slice(0, MAX_PANES).map((run) => ({ run, pane: restoreRun(run, newId) }));
  const base = (restored.find((entry) => !entry.pane.forked) ?? restored[0])!.pane;
  const lost = restored.flatMap(({ run, pane }, index) => pane.lost.map((what) => `Run ${run.paneLabel ?? index + 1}: ${what}`));
  const panes = restored.map(({ pane }) => ({
    id: newPaneId(),
    model: pane.model,
    params: pane.params,
    ...(samePrompt(pane.prompt, base.prompt) ? {} : { fork: structuredClone(pane.prompt) }),
  }));
  return { shared: structuredClone(base.prompt), panes, lost };
}
