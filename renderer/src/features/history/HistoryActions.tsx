import { useEffect, useId, useRef } from 'react';
import { DiffDialog } from '../diff/DiffDialog';
import { MAX_PANES } from '../compare/panes';
import { selectionHint } from './format';
import { useHistoryStore } from './history-store';
import { useHistoryActions, type Notice, type Pending } from './use-history-actions';

/** Reopen, Diff, Export and Delete for the selected runs, with the confirmations and what each did. */
export function HistoryActions() {
  const selected = useHistoryStore((state) => state.selected);
  const replaced = useHistoryStore((state) => state.replaced);
  const actions = useHistoryActions();
  const count = selected.length;
  const { busy } = actions;
  const hintId = useId();
  return (
    <div className="history-actions">
      <div role="toolbar" aria-label="Selected runs" className="history-toolbar">
        <span className="history-selected" id={hintId}>
          {selectionHint(count, MAX_PANES)}
        </span>
        <button type="button" aria-describedby={hintId} disabled={busy || count === 0 || count > MAX_PANES} onClick={() => void actions.reopen(selected)} title={`Open the selected runs in panes (1 to ${MAX_PANES})`}>
          Reopen in panes
        </button>
        <button type="button" aria-describedby={hintId} disabled={busy || count !== 2} onClick={() => void actions.diffRuns(selected)} title="Compare the answers of two selected runs">
          Diff
        </button>
        <button type="button" disabled={busy || count === 0} onClick={() => actions.exportRuns(selected)}>
          Export JSONL
        </button>
        <button type="button" disabled={busy || count === 0} onClick={() => actions.askDelete(selected)}>
          Delete
        </button>
        {count > 0 && (
          <button type="button" onClick={() => useHistoryStore.getState().setSelected([])}>
            Clear selection
          </button>
        )}
        {replaced && (
          <button type="button" onClick={actions.undoReopen}>
            Undo reopen
          </button>
        )}
      </div>
      <Confirmation pending={actions.pending} onConfirm={actions.pending?.kind === 'delete' ? actions.confirmDelete : actions.confirmReopen} onCancel={actions.cancel} />
      <NoticeLine notice={actions.notice} />
      <DiffDialog open={actions.diff !== null} onClose={actions.closeDiff} candidates={actions.diff ?? []} />
    </div>
  );
}

function Confirmation({ pending, onConfirm, onCancel }: { pending: Pending; onConfirm(): void; onCancel(): void }) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), [pending]);
  if (!pending) return null;
  const many = pending.kind === 'delete' ? pending.ids.length : pending.count;
  const runs = `${many} run${many === 1 ? '' : 's'}`;
  const question =
    pending.kind === 'delete'
      ? `Delete ${runs} from history? This cannot be undone; attachments no other run or prompt uses are removed too.`
      : `The panes hold edits that were not run or not saved. Replace them with ${runs}? Undo reopen brings them back.`;
  return (
    <div className="history-confirm" role="group" aria-label={pending.kind === 'delete' ? 'Confirm delete' : 'Confirm reopen'}>
      <p>{question}</p>
      <button ref={confirmRef} type="button" className={pending.kind === 'delete' ? 'danger' : 'primary'} onClick={onConfirm}>
        {pending.kind === 'delete' ? `Delete ${runs}` : 'Replace panes'}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function NoticeLine({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return (
    <div className={`history-notice ${notice.tone}`} role={notice.tone}>
      <p>{notice.text}</p>
      {notice.lines && (
        <ul>
          {notice.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
