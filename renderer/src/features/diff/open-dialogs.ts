let openCount = 0;

/** Whether the Diff dialog is open (the app's Esc-stops-a-run and Ctrl+Enter shortcuts leave it alone then). */
export function isDiffOpen(): boolean {
  return openCount > 0;
}

/** Marks the dialog open until the returned function is called. */
export function markDiffOpen(): () => void {
  openCount += 1;
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    openCount -= 1;
  };
}
