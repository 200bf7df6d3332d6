/** The DOM id of a variable's field, so a blocked Run can focus it from outside React. */
export function variableFieldId(name: string): string {
  return `duet-variable-${name}`;
}

/** Moves focus to the field of the first name that has one on screen. */
export function focusVariableField(names: readonly string[]): void {
  for (const name of names) {
    const field = document.getElementById(variableFieldId(name));
    if (field) {
      field.focus();
      return;
    }
  }
}
