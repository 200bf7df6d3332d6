import './compare.css';
import { useEffect } from 'react';
import { Pane } from '../pane/Pane';
import { IDLE_RUN } from '../runs/run-state';
import { useRunsStore } from '../runs/store';
import { BlindVote, WinRates } from './BlindVote';
import { useBlindStore } from './blind-store';
import { ComparisonTable } from './ComparisonTable';
import { CompareToolbar } from './CompareToolbar';
import { usePanesStore } from './panes-store';
import { shownPanesOf, useShownOrder } from './shown-panes';
import { blindOrderFits, finishedRound } from './votes';

/** One to four panes side by side (or stacked), the figures compared, and the blind vote. */
export function Panes() {
  const order = usePanesStore((state) => state.order);
  const layout = usePanesStore((state) => state.layout);
  const blind = useBlindStore((state) => state.enabled);
  const blindOrder = useBlindStore((state) => state.order);
  const votedRound = useBlindStore((state) => state.votedRound);
  const shown = useShownOrder();
  const round = useRunsStore((state) => finishedRound(shown.map((id) => state.byPane[id] ?? IDLE_RUN)));
  const modelHidden = blind && (round === null || round !== votedRound);

  // A blind order that no longer names these panes (one added, or a restart) is drawn again.
  useEffect(() => {
    if (blind && (!blindOrder || !blindOrderFits(order, blindOrder))) useBlindStore.getState().shuffle(order);
  }, [blind, blindOrder, order]);

  const letters = shownPanesOf(shown);
  return (
    <main className="panes-area">
      <CompareToolbar paneCount={shown.length} blind={blind} />
      <div className={`panes ${layout}`} data-count={shown.length}>
        {letters.map(({ id, letter }) => (
          <Pane key={id} paneId={id} letter={letter} paneCount={shown.length} modelHidden={modelHidden} />
        ))}
      </div>
      {shown.length > 1 && (
        <div className="compare-footer">
          <ComparisonTable panes={letters} showModels={!modelHidden} />
          {blind && <BlindVote order={shown} />}
          {blind && <WinRates />}
        </div>
      )}
    </main>
  );
}
