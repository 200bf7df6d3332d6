import { newGroupId } from '../history/origin';
import { runPane, stopPane } from '../pane/run-pane';
import { useBlindStore } from './blind-store';
import { usePanesStore } from './panes-store';

/** Runs every pane at once; each streams, stops and fails on its own. A blind round gets a new order. */
export function runAllPanes(): void {
  const { order } = usePanesStore.getState();
  useBlindStore.getState().shuffle(order);
  // One group per Run all: history shows and reopens these runs together.
  const group = newGroupId();
  for (const id of order) runPane(id, group);
}

export function stopAllPanes(): void {
  for (const id of usePanesStore.getState().order) stopPane(id);
}

/** The pane holding the focus, or null when the focus is outside every pane. */
export function focusedPaneId(): string | null {
  const active = typeof document === 'undefined' ? null : document.activeElement;
  const id = active?.closest('[data-pane-id]')?.getAttribute('data-pane-id') ?? null;
  return id && usePanesStore.getState().byId[id] ? id : null;
}

/** Ctrl/Cmd+Enter: the focused pane, or the first one when the focus is elsewhere. */
export function runFocusedPane(): void {
  const id = focusedPaneId() ?? usePanesStore.getState().order[0];
  if (id) runPane(id);
}

/** Esc: the focused pane's run, or every run when the focus is outside the panes. */
export function stopFocusedPane(): void {
  const id = focusedPaneId();
  if (id) stopPane(id);
  else stopAllPanes();
}
