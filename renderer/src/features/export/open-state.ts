let openDialogs = 0;

/** Whether a Get code dialog is open: while it is, Esc belongs to it (App's Esc-stops-a-run shortcut should check this). */
export function isGetCodeOpen(): boolean {
  return openDialogs > 0;
}

/** Called by the dialog while mounted; returns the matching release. */
export function markGetCodeOpen(): () => void {
  openDialogs += 1;
  return () => {
    openDialogs -= 1;
  };
}
