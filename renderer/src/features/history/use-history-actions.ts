import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { HistoryRun } from '../../../../shared/contract';
import type { DiffCandidate } from '../diff/types';
import { saveTextFile } from '../export/save-file';
import { deletedMessage, exportFileName, runName } from './format';
import { useHistoryStore } from './history-store';
import { fetchRuns, useDeleteRuns, useExportRuns } from './queries';
import { planReopen, type ReopenPlan } from './reopen';
import { isWorkspaceDirty } from '../library/workspace-dirty';
import { applyReopen, attachmentIdsOf, captureWorkspace, restoreWorkspace, workspaceHasUnrunEdits } from './workspace';

export type Pending = { kind: 'reopen'; plan: ReopenPlan; count: number } | { kind: 'delete'; ids: string[] } | null;
export interface Notice {
  text: string;
  lines?: string[];
  tone: 'status' | 'alert';
}
type Say = (notice: Notice | null) => void;

const newPaneId = (): string => `pane-${crypto.randomUUID().slice(0, 8)}`;
const newId = (): string => crypto.randomUUID();
const store = () => useHistoryStore.getState();
const failure = (say: Say, what: string) => (error: unknown) => say({ text: `${what}: ${error instanceof Error ? error.message : String(error)}`, tone: 'alert' });
const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Reads the selected runs in full, with the busy flag and any failure said. */
function useRunReader(say: Say) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const read = async (ids: string[], what: string, then: (runs: HistoryRun[]) => void): Promise<void> => {
    setBusy(true);
    say(null);
    try {
      then(await fetchRuns(client, ids));
    } catch (error) {
      failure(say, what)(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, read };
}

function reopenActions(say: Say, setPending: (pending: Pending) => void, read: ReturnType<typeof useRunReader>['read']) {
  const doReopen = (plan: ReopenPlan, count: number): void => {
    store().setReplaced(applyReopen(plan));
    setPending(null);
    say({ text: `Reopened ${plural(count, 'run')} into panes.`, lines: plan.lost.length ? ['Not brought back:', ...plan.lost] : undefined, tone: 'status' });
  };
  return {
    doReopen,
    reopen: (ids: string[]) =>
      read(ids, 'Cannot reopen', (runs) => {
        const plan = planReopen(runs, newPaneId, newId);
        if (!plan) return;
        // Unrun edits, or edits the open library file does not have: either would be lost without Undo.
        if (workspaceHasUnrunEdits() || isWorkspaceDirty()) setPending({ kind: 'reopen', plan, count: plan.panes.length });
        else doReopen(plan, plan.panes.length);
      }),
    undoReopen: () => {
      const replaced = store().replaced;
      if (!replaced) return;
      restoreWorkspace(replaced);
      store().setReplaced(null);
      say({ text: 'The replaced panes are back.', tone: 'status' });
    },
  };
}

/** Deletes runs, keeping the attachments the panes (and those Undo reopen would restore) still show. */
function useDeleteAction(say: Say) {
  const remove = useDeleteRuns();
  const run = (ids: string[]): void => {
    const replaced = store().replaced;
    const keepAttachments = [...new Set([...attachmentIdsOf(captureWorkspace()), ...(replaced ? attachmentIdsOf(replaced) : [])])];
    remove.mutate(
      { ids, keepAttachments },
      {
        onSuccess: ({ deleted, attachmentsRemoved }) => {
          store().setSelected(store().selected.filter((id) => !ids.includes(id)));
          if (ids.includes(store().detailsId ?? '')) store().showDetails(null);
          say({ text: deletedMessage(deleted, attachmentsRemoved), tone: 'status' });
        },
        onError: failure(say, 'Cannot delete'),
      },
    );
  };
  return { run, busy: remove.isPending };
}

function useExportAction(say: Say) {
  const exporter = useExportRuns();
  const run = (ids: string[]): void =>
    exporter.mutate(ids, {
      onSuccess: ({ jsonl, count }) => {
        const name = exportFileName(Date.now());
        saveTextFile(name, jsonl);
        say({ text: `Exported ${plural(count, 'run')} to ${name}.`, tone: 'status' });
      },
      onError: failure(say, 'Cannot export'),
    });
  return { run, busy: exporter.isPending };
}

/** What the History actions do: Reopen (with a confirmation and Undo), Diff, Export and Delete of the selected runs. */
export function useHistoryActions() {
  const [pending, setPending] = useState<Pending>(null);
  const [notice, say] = useState<Notice | null>(null);
  const [diff, setDiff] = useState<DiffCandidate[] | null>(null);
  const reader = useRunReader(say);
  const remove = useDeleteAction(say);
  const exporter = useExportAction(say);
  const { doReopen, reopen, undoReopen } = reopenActions(say, setPending, reader.read);
  return {
    pending,
    notice,
    diff,
    busy: reader.busy || remove.busy || exporter.busy,
    closeDiff: () => setDiff(null),
    cancel: () => setPending(null),
    reopen,
    undoReopen,
    confirmReopen: () => (pending?.kind === 'reopen' ? doReopen(pending.plan, pending.count) : undefined),
    diffRuns: (ids: string[]) => reader.read(ids, 'Cannot compare', (runs) => setDiff(runs.map((run) => ({ id: run.id, label: runName(run), text: run.answer, toolCalls: run.toolCalls ?? [] })))),
    exportRuns: exporter.run,
    askDelete: (ids: string[]) => {
      say(null);
      setPending({ kind: 'delete', ids });
    },
    confirmDelete: () => {
      if (pending?.kind !== 'delete') return;
      setPending(null);
      remove.run(pending.ids);
    },
  };
}
