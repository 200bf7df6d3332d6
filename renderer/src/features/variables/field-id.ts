import { FIRST_PANE } from '../compare/panes';

/**
 * The DOM id of a variable's field, so a blocked Run can focus it from outside React. The first
 * pane keeps the id it always had; other panes add their id, so ids stay unique on the page.
 */
export function variableFieldId(name: string, paneId = FIRST_PANE): string {
  return paneId === FIRST_PANE ? `duet-variable-${name}` : `duet-variable-${paneId}-${name}`;
}

/** Moves focus to the field of the first name that has one on screen. */
export function focusVariableField(names: readonly string[], paneId = FIRST_PANE): void {
  for (const name of names) {
    const field = document.getElementById(variableFieldId(name, paneId));
    if (field) {
      field.focus();
      return;
    }
  }
}
