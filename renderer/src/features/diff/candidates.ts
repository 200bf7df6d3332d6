import { runText, type RunState } from '../runs/run-state';
import type { DiffCandidate } from './types';

/** A pane on screen as the diff names it: its id and the letter it shows ("Pane A"). */
export interface LetteredPane {
  id: string;
  letter: string;
}

/** A run has an answer to compare once it produced text or a tool call. */
export function hasAnswer(run: Pick<RunState, 'answer' | 'toolCalls'>): boolean {
  return run.answer.length > 0 || run.toolCalls.length > 0;
}

/** The latest run of each pane still on screen, when it has an answer, with the pane. */
function answeredRuns(byPane: Readonly<Record<string, RunState>>, panes: readonly LetteredPane[]): { pane: LetteredPane; run: RunState }[] {
  return panes.flatMap((pane) => {
    // Own keys only: a pane id must never reach Object.prototype.
    const run = Object.hasOwn(byPane, pane.id) ? byPane[pane.id] : undefined;
    return run && run.runId !== undefined && hasAnswer(run) ? [{ pane, run }] : [];
  });
}

/**
 * The answers the diff can compare, in screen order and named as the panes are ("Pane B"). Runs of
 * panes no longer shown are left out; in blind mode the letters are the shuffled ones, never a model.
 */
export function diffCandidatesOf(byPane: Readonly<Record<string, RunState>>, panes: readonly LetteredPane[]): DiffCandidate[] {
  return answeredRuns(byPane, panes).map(({ pane, run }) => ({
    id: pane.id,
    label: `Pane ${pane.letter}`,
    text: runText(run),
    toolCalls: run.toolCalls.map(({ id, name, arguments: input }) => ({ id, name, arguments: input })),
  }));
}

/** How many panes on screen have an answer (what the Diff button needs: two). */
export function answeredPaneCount(byPane: Readonly<Record<string, RunState>>, panes: readonly LetteredPane[]): number {
  return answeredRuns(byPane, panes).length;
}
