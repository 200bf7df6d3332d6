/** What the app does when `library.changed` arrives, given the open file and whether the workspace has unsaved edits. */
export type OutsideChangeReaction = 'ignore' | 'conflict' | 'check-disk';

export function reactToOutsideChange(openPath: string | undefined, changed: readonly string[], dirty: boolean): OutsideChangeReaction {
  if (openPath === undefined || !changed.includes(openPath)) return 'ignore';
  return dirty ? 'conflict' : 'check-disk';
}

/** After reading the open file back (clean workspace): reload it, forget it (gone), or nothing (same version). */
export type DiskReaction = 'reload' | 'gone' | 'same';

export function reactToDisk(openVersion: string, disk: { found: false } | { found: true; version: string }): DiskReaction {
  if (!disk.found) return 'gone';
  return disk.version === openVersion ? 'same' : 'reload';
}
