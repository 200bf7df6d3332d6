import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePaneStore } from '../pane/store';
import { useRunsStore } from '../runs/store';
import { promptDocOf } from './effective-prompt';
import { MAX_PANES } from './panes';
import { usePaneForked, usePanesStore } from './panes-store';
import { describeDifferences, promptDifferences } from './prompt-differences';

/** A pane's own prompt or the shared one, and the pane's place among the others. */
export function PaneHeader({ paneId, letter, paneCount }: { paneId: string; letter: string; paneCount: number }) {
  const forked = usePaneForked(paneId);
  const { forkPane, resetToShared, duplicatePane, removePane } = usePanesStore.getState();
  const fork = () => forkPane(paneId, promptDocOf(usePaneStore.getState()));
  const remove = () => {
    if (useRunsStore.getState().byPane[paneId]?.status === 'running') void useRunsStore.getState().stop(paneId);
    removePane(paneId);
  };
  return (
    <div className="pane-header" role="group" aria-label={`Pane ${letter} prompt and layout`}>
      {forked ? (
        <>
          <ForkBadge paneId={paneId} />
          <button type="button" onClick={() => resetToShared(paneId)} title="Drop this pane's own prompt and send the shared one">
            Reset to shared
          </button>
        </>
      ) : (
        paneCount > 1 && (
          <button type="button" onClick={fork} title="Give this pane its own copy of the prompt to change">
            Fork prompt
          </button>
        )
      )}
      <button type="button" onClick={() => duplicatePane(paneId)} disabled={paneCount >= MAX_PANES} title={`Copy this pane: model, parameters and prompt (at most ${MAX_PANES} panes)`}>
        Duplicate pane
      </button>
      <button type="button" onClick={remove} disabled={paneCount <= 1} title={paneCount <= 1 ? 'The last pane stays' : 'Remove this pane (can be undone)'}>
        Remove pane
      </button>
    </div>
  );
}

/** "modified", naming what differs from the shared prompt in its accessible name and tooltip. */
function ForkBadge({ paneId }: { paneId: string }) {
  const fork = usePanesStore((state) => state.byId[paneId]?.fork);
  const shared = usePaneStore(useShallow(promptDocOf));
  const parts = useMemo(() => (fork ? promptDifferences(shared, fork) : []), [shared, fork]);
  const description = describeDifferences(parts);
  return (
    <span className="modified-badge" role="status" aria-label={description} title={description}>
      {parts.length > 0 ? 'modified' : 'forked'}
    </span>
  );
}
