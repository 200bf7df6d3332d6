import type { HistorySummary } from '../../../../shared/contract';
import { formatStartedAt, metricsLine, preview, runName, STATUS_TEXT } from './format';
import { useHistoryStore } from './history-store';

interface HistoryListProps {
  runs: readonly HistorySummary[];
  total: number;
  filtered: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
}

/** The recorded runs, newest first, each with a selection checkbox and a button that opens its details. */
export function HistoryList({ runs, total, filtered, hasMore, loadingMore, onLoadMore }: HistoryListProps) {
  const selected = useHistoryStore((state) => state.selected);
  if (runs.length === 0) {
    return (
      <p className="history-empty" role="status">
        {filtered ? 'No run matches these filters.' : 'No runs yet. Every run is recorded here once it ends.'}
      </p>
    );
  }
  return (
    <>
      <p className="history-count" role="status">
        {runs.length < total ? `Showing ${runs.length} of ${total} runs` : `${total} run${total === 1 ? '' : 's'}`}
      </p>
      <ul className="history-list" aria-label="Runs">
        {runs.map((run) => (
          <HistoryRow key={run.id} run={run} checked={selected.includes(run.id)} />
        ))}
      </ul>
      {hasMore && (
        <button type="button" className="history-more" onClick={onLoadMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
}

function HistoryRow({ run, checked }: { run: HistorySummary; checked: boolean }) {
  const name = runName(run);
  const { toggleSelected, showDetails } = useHistoryStore.getState();
  return (
    <li className="history-row" data-status={run.status}>
      <input type="checkbox" aria-label={`Select ${name}`} checked={checked} onChange={() => toggleSelected(run.id)} />
      <button type="button" className="history-open" data-run-id={run.id} onClick={() => showDetails(run.id)}>
        <span className="history-row-head">
          <time dateTime={new Date(run.startedAt).toISOString()}>{formatStartedAt(run.startedAt)}</time>
          <span className="history-model">{run.model}</span>
          {run.paneLabel && <span className="history-pane">Pane {run.paneLabel}</span>}
          <span className="history-status">{STATUS_TEXT[run.status]}</span>
        </span>
        <span className="history-prompt">{preview(run.promptPreview) || '(no prompt text)'}</span>
        <span className="history-answer">{preview(run.answerPreview) || '(no answer text)'}</span>
        <span className="history-metrics">{metricsLine(run.metrics)}</span>
      </button>
    </li>
  );
}
