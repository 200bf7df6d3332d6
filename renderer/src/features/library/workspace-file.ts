import { DEFAULT_MODEL_ID } from '../../../../shared/models/catalog';
import { parsePromptFile, serializePromptFile } from '../../../../shared/prompt-file';
import type { PromptFile, PromptFileError } from '../../../../shared/prompt-file';
import { FIRST_PANE, type PaneSettings } from '../compare/panes';
import { usePanesStore } from '../compare/panes-store';
import { promptDocOf } from '../compare/effective-prompt';
import { usePaneStore } from '../pane/store';
import { usePaneUiStore } from '../pane/ui-store';
import { paramsOf, useParamsStore } from '../params/store';
import type { PaneParams } from '../params/types';
import { useFileBaseStore } from './file-base-store';
import { fileOfSnapshot, snapshotOfFile, type WorkspaceSnapshot } from './workspace-snapshot';

/** The workspace as it is now (shared prompt, panes, forks, parameters, variable values) as a prompt file. */
export function captureWorkspace(name?: string): PromptFile {
  const shared = usePaneStore.getState();
  const { order, byId, layout } = usePanesStore.getState();
  const { byPane } = useParamsStore.getState();
  const snapshot: WorkspaceSnapshot = {
    shared: promptDocOf(shared),
    panes: order.flatMap((id) => {
      const pane = byId[id];
      return pane ? [{ model: pane.model, params: paramsOf(byPane, id), ...(pane.fork ? { fork: promptDocOf(pane.fork) } : {}) }] : [];
    }),
    layout,
  };
  return fileOfSnapshot(snapshot, useFileBaseStore.getState().base, name);
}

const newId = (): string => crypto.randomUUID();
const newPaneId = (index: number): string => (index === 0 ? FIRST_PANE : `pane-${crypto.randomUUID().slice(0, 8)}`);

/**
 * Loads a prompt file into the workspace, replacing the shared prompt, the panes (models, forks,
 * layout), their parameters and the variable values. What each pane showed of its last action
 * (blocked Run, thinking warning) belongs to the old prompt and goes.
 */
export function applyWorkspace(file: PromptFile): void {
  const { snapshot, base } = snapshotOfFile(file, DEFAULT_MODEL_ID, newId);
  const ids = snapshot.panes.map((_pane, i) => newPaneId(i));
  const byId: Record<string, PaneSettings> = {};
  const byPane: Record<string, PaneParams> = {};
  snapshot.panes.forEach((pane, i) => {
    const id = ids[i] as string;
    byId[id] = pane.fork ? { model: pane.model, fork: pane.fork } : { model: pane.model };
    byPane[id] = pane.params;
  });
  const { system, systemCache, messages, values } = snapshot.shared;
  usePaneStore.setState({ system, systemCache, messages, values });
  usePanesStore.setState({ order: ids, layout: snapshot.layout, byId, removed: null });
  useParamsStore.setState({ byPane, refused: {} });
  usePaneUiStore.setState({ byPane: {} });
  useFileBaseStore.getState().setBase(base);
}

/** The workspace as `.prompt` text. */
export function workspaceToPromptText(name?: string): string {
  return serializePromptFile(captureWorkspace(name));
}

/** Loads `.prompt` text into the workspace; a file that does not parse changes nothing. */
export function applyPromptText(text: string): { ok: true } | { ok: false; error: PromptFileError } {
  const parsed = parsePromptFile(text);
  if (!parsed.ok) return parsed;
  applyWorkspace(parsed.file);
  return { ok: true };
}
