import { useBlindStore } from './blind-store';
import { MAX_PANES, type PaneLayout } from './panes';
import { usePanesStore } from './panes-store';
import { runAllPanes } from './run-all';

const LAYOUTS: { value: PaneLayout; label: string }[] = [
  { value: 'columns', label: 'Columns' },
  { value: 'rows', label: 'Rows' },
];

/** Adding panes, their layout, blind mode and Run all. */
export function CompareToolbar({ paneCount, blind }: { paneCount: number; blind: boolean }) {
  const layout = usePanesStore((state) => state.layout);
  const removed = usePanesStore((state) => state.removed);
  const { addPane, undoRemove, setLayout } = usePanesStore.getState();
  const several = paneCount > 1;
  return (
    <div className="compare-toolbar" role="toolbar" aria-label="Panes">
      <button type="button" onClick={() => addPane()} disabled={paneCount >= MAX_PANES} title={`Compare up to ${MAX_PANES} panes`}>
        Add pane
      </button>
      {removed && (
        <button type="button" onClick={undoRemove} disabled={paneCount >= MAX_PANES}>
          Undo remove pane
        </button>
      )}
      {several && (
        <>
          <fieldset className="layout-choice">
            <legend>Layout</legend>
            {LAYOUTS.map((option) => (
              <label key={option.value}>
                <input type="radio" name="pane-layout" value={option.value} checked={layout === option.value} onChange={() => setLayout(option.value)} />
                {option.label}
              </label>
            ))}
          </fieldset>
          <label className="blind-toggle" title="Hide the models and shuffle the panes, then vote for the better answer">
            <input type="checkbox" checked={blind} onChange={(event) => useBlindStore.getState().setEnabled(event.target.checked, usePanesStore.getState().order)} />
            Blind mode
          </label>
          <button type="button" className="primary" onClick={runAllPanes} title="Run all panes (Ctrl+Shift+Enter)" aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter">
            Run all
          </button>
        </>
      )}
    </div>
  );
}
