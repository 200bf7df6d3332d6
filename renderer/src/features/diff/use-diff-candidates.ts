import { useMemo } from 'react';
import { useShownPanes } from '../compare/shown-panes';
import { useRunsStore } from '../runs/store';
import { answeredPaneCount, diffCandidatesOf } from './candidates';
import type { DiffCandidate } from './types';

/** The answers the diff can compare: each shown pane's latest run with output (re-read as they stream). */
export function useDiffCandidates(): DiffCandidate[] {
  const byPane = useRunsStore((store) => store.byPane);
  const panes = useShownPanes();
  return useMemo(() => diffCandidatesOf(byPane, panes), [byPane, panes]);
}

/** How many shown panes have an answer; a number, so streaming text does not re-render the caller. */
export function useAnsweredPaneCount(): number {
  const panes = useShownPanes();
  return useRunsStore((store) => answeredPaneCount(store.byPane, panes));
}
