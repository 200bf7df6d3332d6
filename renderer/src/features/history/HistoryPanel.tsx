import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { focusHistoryToggle } from './HistoryButton';
import { HistoryActions } from './HistoryActions';
import { HistoryFilters } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { hasFilters, historyQueryOf, NO_FILTERS, type HistoryFilters as Filters } from './history-query';
import { useHistoryStore } from './history-store';
import { useHistoryList } from './queries';
import { RunDetails } from './RunDetails';
import { useModelsHidden } from './use-blind-guard';
import './history.css';

/** The filters after typing pauses, so a search is not sent on every keystroke. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** The History side panel: search, filters, the runs and what to do with them. Esc closes the details, then the panel. */
export function HistoryPanel() {
  const open = useHistoryStore((state) => state.open);
  const modelsHidden = useModelsHidden();
  if (!open) return null;
  return modelsHidden ? <BlindNotice /> : <OpenHistoryPanel />;
}

function HistoryHeader() {
  return (
    <header className="history-header">
      <h2>History</h2>
      <button type="button" aria-label="Close history" title="Close (Esc)" onClick={() => useHistoryStore.getState().close()}>
        Close
      </button>
    </header>
  );
}

/** Every run in History names its model: while blind mode hides them, the panel says why it waits. */
function BlindNotice() {
  return (
    <section className="history-panel" aria-label="History" data-closes-on-escape onKeyDown={(event) => event.key === 'Escape' && useHistoryStore.getState().close()}>
      <HistoryHeader />
      <p className="history-main" role="status">
        Blind mode hides the models: History, which names them, opens once you have voted on this round or turned blind mode off.
      </p>
    </section>
  );
}

function OpenHistoryPanel() {
  const detailsId = useHistoryStore((state) => state.detailsId);
  const panelRef = useRef<HTMLElement>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const settled = useSettled(filters, 250);
  const outcome = useMemo(() => historyQueryOf(settled), [settled]);
  const list = useHistoryList(outcome.ok ? outcome.query : null);
  const lastOpened = useRef<string | null>(null);

  useEffect(() => {
    panelRef.current?.querySelector<HTMLElement>('[data-history-search]')?.focus();
    return () => focusHistoryToggle();
  }, []);
  useEffect(() => {
    if (detailsId) lastOpened.current = detailsId;
    else if (lastOpened.current) panelRef.current?.querySelector<HTMLElement>(`[data-run-id="${CSS.escape(lastOpened.current)}"]`)?.focus();
  }, [detailsId]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    // A dialog inside (Diff) handles its own Esc and marks it handled.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    if (detailsId) useHistoryStore.getState().showDetails(null);
    else useHistoryStore.getState().close();
  };

  const firstPage = list.data?.pages[0];
  const runs = useMemo(() => list.data?.pages.flatMap((page) => page.runs) ?? [], [list.data]);
  return (
    <section id="history-panel" ref={panelRef} className="history-panel" aria-label="History" data-closes-on-escape onKeyDown={onKeyDown}>
      <HistoryHeader />
      <div hidden={detailsId !== null} className="history-main">
        <HistoryFilters filters={filters} onChange={setFilters} models={firstPage?.models ?? []} prompts={firstPage?.prompts ?? []} error={outcome.ok ? null : outcome.error} />
        <HistoryActions />
        {list.isError && (
          <p className="history-error" role="alert">
            Cannot read the history: {list.error.message}
          </p>
        )}
        {list.isPending && outcome.ok && <p role="status">Loading runs…</p>}
        {firstPage?.notice && (
          <p className="history-error" role="alert">
            {firstPage.notice}
          </p>
        )}
        {firstPage && (
          <HistoryList
            runs={runs}
            total={firstPage.total}
            filtered={hasFilters(settled)}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        )}
      </div>
      {detailsId && <RunDetails id={detailsId} onBack={() => useHistoryStore.getState().showDetails(null)} />}
    </section>
  );
}
