import { useBlindStore } from '../compare/blind-store';
import { useShownOrder } from '../compare/shown-panes';
import { finishedRound } from '../compare/votes';
import { IDLE_RUN } from '../runs/run-state';
import { useRunsStore } from '../runs/store';

/** Whether blind mode hides the models now (as the panes do): History, which names every run's model, waits for the vote. */
export function useModelsHidden(): boolean {
  const blind = useBlindStore((state) => state.enabled);
  const votedRound = useBlindStore((state) => state.votedRound);
  const shown = useShownOrder();
  const round = useRunsStore((state) => finishedRound(shown.map((id) => state.byPane[id] ?? IDLE_RUN)));
  return blind && (round === null || round !== votedRound);
}
