import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DiffCandidate } from '../diff/types';
import { saveTextFile } from '../export/save-file';
import { deletedMessage, exportFileName, runName } from './format';
import { useHistoryStore } from './history-store';
import { fetchRuns, useDeleteRuns, useExportRuns } from './queries';
import { planReopen, type ReopenPlan } from './reopen';
import { applyReopen, attachmentIdsOf, captureWorkspace, restoreWorkspace, workspaceHasUnrunEdits } from './workspace';

export type Pending = { kind: 'reopen'; plan: ReopenPlan; count: number } | { kind: 'delete'; ids: string[] } | null;
export interface Notice {
  text: string;
  lines?: string[];
  tone: 'status' | 'alert';
}

const newPaneId = (): string => `pane-${crypto.randomUUID().slice(0, 8)}`;
const newId = (): string => crypto.randomUUID();
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** What the History actions do: Reopen (with a confirmation and Undo), Diff, Export and Delete of the selected runs. */
export function useHistoryActions() {
  const client = useQueryClient();
  const remove = useDeleteRuns();
  const exporter = useExportRuns();
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [diff, setDiff] = useState<DiffCandidate[] | null>(null);
  const [busy, setBusy] = useState(false);
  const store = () => useHistoryStore.getState();
  const fail = (what: string) => (error: unknown) => setNotice({ text: `${what}: ${errorText(error)}`, tone: 'alert' });

  const doReopen = (plan: ReopenPlan, count: number): void => {
    store().setReplaced(applyReopen(plan));
    setPending(null);
    setNotice({ text: `Reopened ${count} run${count === 1 ? '' : 's'} into panes.`, lines: plan.lost.length ? ['Not brought back:', ...plan.lost] : undefined, tone: 'status' });
  };

  const withRuns = async (ids: string[], what: string, then: (runs: Awaited<ReturnType<typeof fetchRuns>>) => void): Promise<void> => {
    setBusy(true);
    setNotice(null);
    try {
      then(await fetchRuns(client, ids));
    } catch (error) {
      fail(what)(error);
    } finally {
      setBusy(false);
    }
  };

  return {
    pending,
    notice,
    diff,
    busy: busy || remove.isPending || exporter.isPending,
    closeDiff: () => setDiff(null),
    cancel: () => setPending(null),
    reopen: (ids: string[]) =>
      withRuns(ids, 'Cannot reopen', (runs) => {
        const plan = planReopen(runs, newPaneId, newId);
        if (!plan) return;
        if (workspaceHasUnrunEdits()) setPending({ kind: 'reopen', plan, count: plan.panes.length });
        else doReopen(plan, plan.panes.length);
      }),
    confirmReopen: () => (pending?.kind === 'reopen' ? doReopen(pending.plan, pending.count) : undefined),
    undoReopen: () => {
      const replaced = store().replaced;
      if (!replaced) return;
      restoreWorkspace(replaced);
      store().setReplaced(null);
      setNotice({ text: 'The replaced panes are back.', tone: 'status' });
    },
    diffRuns: (ids: string[]) =>
      withRuns(ids, 'Cannot compare', (runs) => setDiff(runs.map((run) => ({ id: run.id, label: runName(run), text: run.answer, toolCalls: run.toolCalls ?? [] })))),
    exportRuns: (ids: string[]) =>
      exporter.mutate(ids, {
        onSuccess: ({ jsonl, count }) => {
          const name = exportFileName(Date.now());
          saveTextFile(name, jsonl);
          setNotice({ text: `Exported ${count} run${count === 1 ? '' : 's'} to ${name}.`, tone: 'status' });
        },
        onError: fail('Cannot export'),
      }),
    askDelete: (ids: string[]) => {
      setNotice(null);
      setPending({ kind: 'delete', ids });
    },
    confirmDelete: () => {
      if (pending?.kind !== 'delete') return;
      const { ids } = pending;
      setPending(null);
      // The panes on screen, and those Undo reopen would bring back, keep their attachments.
      const replaced = store().replaced;
      const keepAttachments = [...new Set([...attachmentIdsOf(captureWorkspace()), ...(replaced ? attachmentIdsOf(replaced) : [])])];
      remove.mutate({ ids, keepAttachments }, {
        onSuccess: ({ deleted, attachmentsRemoved }) => {
          store().setSelected(store().selected.filter((id) => !ids.includes(id)));
          if (ids.includes(store().detailsId ?? '')) store().showDetails(null);
          setNotice({ text: deletedMessage(deleted, attachmentsRemoved), tone: 'status' });
        },
        onError: fail('Cannot delete'),
      });
    },
  };
}
