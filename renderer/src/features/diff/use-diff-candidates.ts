import { useMemo } from 'react';
import { useRunsStore } from '../runs/store';
import { answeredPaneCount, diffCandidatesOf } from './candidates';
import type { DiffCandidate } from './types';

/** The answers the diff can compare: every pane's latest run with output (re-read as they stream). */
export function useDiffCandidates(): DiffCandidate[] {
  const byPane = useRunsStore((store) => store.byPane);
  return useMemo(() => diffCandidatesOf(byPane), [byPane]);
}

/** How many panes have an answer; a number, so streaming text does not re-render the caller. */
export function useAnsweredPaneCount(): number {
  return useRunsStore((store) => answeredPaneCount(store.byPane));
}
