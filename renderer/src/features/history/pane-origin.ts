import type { RunOrigin } from '../../../../shared/contract';
import { useBlindStore } from '../compare/blind-store';
import { promptDocOf } from '../compare/effective-prompt';
import { effectivePrompt } from '../compare/pane-prompt';
import { paneLetter } from '../compare/panes';
import { usePanesStore } from '../compare/panes-store';
import { displayOrder } from '../compare/votes';
import { useOpenFileStore } from '../library/open-file-store';
import { paramsOf, useParamsStore } from '../params/store';
import { originOf } from './origin';

/** The letter a pane shows now (the shuffled one in blind mode), as the history row names it. */
function letterOf(paneId: string): string | undefined {
  const { order } = usePanesStore.getState();
  const blind = useBlindStore.getState();
  const shown = blind.enabled ? displayOrder(order, blind.order) : order;
  const index = shown.indexOf(paneId);
  return index === -1 ? undefined : paneLetter(index);
}

/** The origin of a run of this pane now: its place, the open library file, and the pane as a snapshot. */
export function paneOrigin(paneId: string, group: string): RunOrigin {
  const pane = usePanesStore.getState().byId[paneId];
  const prompt = effectivePrompt(paneId);
  return originOf({
    group,
    paneId,
    letter: letterOf(paneId),
    openFile: useOpenFileStore.getState().open,
    model: prompt.model,
    params: paramsOf(useParamsStore.getState().byPane, paneId),
    prompt: promptDocOf(prompt),
    forked: pane?.fork !== undefined,
  });
}
