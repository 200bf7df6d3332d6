import { useHistoryStore } from './history-store';

/** The header's History toggle (Ctrl/Cmd+Shift+H). */
export function HistoryButton() {
  const open = useHistoryStore((state) => state.open);
  return (
    <button
      type="button"
      data-history-toggle
      aria-pressed={open}
      aria-controls={open ? 'history-panel' : undefined}
      onClick={() => useHistoryStore.getState().toggleOpen()}
      title="Run history (Ctrl+Shift+H)"
      aria-keyshortcuts="Control+Shift+H Meta+Shift+H"
    >
      History
    </button>
  );
}

/** Focus back on the toggle once the panel closes, so the keyboard is not left nowhere. */
export function focusHistoryToggle(): void {
  document.querySelector<HTMLElement>('[data-history-toggle]')?.focus();
}
