import { runText, type RunState } from '../runs/run-state';
import type { DiffCandidate } from './types';

/** A run has an answer to compare once it produced text or a tool call. */
export function hasAnswer(run: Pick<RunState, 'answer' | 'toolCalls'>): boolean {
  return run.answer.length > 0 || run.toolCalls.length > 0;
}

/** Every pane's latest run that has an answer, labelled by pane id, in pane order. */
export function diffCandidatesOf(byPane: Readonly<Record<string, RunState>>): DiffCandidate[] {
  return Object.entries(byPane)
    .filter(([, run]) => run.runId !== undefined && hasAnswer(run))
    .map(([paneId, run]) => ({
      id: paneId,
      label: `Pane ${paneId}`,
      text: runText(run),
      toolCalls: run.toolCalls.map(({ id, name, arguments: input }) => ({ id, name, arguments: input })),
    }));
}

/** How many panes have an answer (what the Diff button needs: two). */
export function answeredPaneCount(byPane: Readonly<Record<string, RunState>>): number {
  return Object.values(byPane).filter((run) => run.runId !== undefined && hasAnswer(run)).length;
}
