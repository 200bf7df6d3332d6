import { create } from 'zustand';

/** The library file the workspace was opened from or last saved to, and the version on disk then. */
export interface OpenPromptFile {
  /** Relative to the library folder, e.g. "summarise.prompt". */
  path: string;
  /** sha256 hex prefix of the file's content as last read or written. */
  version: string;
}

/** Why the open file and the workspace disagree with the disk, shown as the conflict banner. */
export interface FileConflict {
  path: string;
  /** What happened, in a sentence. */
  message: string;
}

/** A short message about the library ("Saved x.prompt"), with an Undo when it reports a delete. */
export interface LibraryNotice {
  id: number;
  text: string;
  tone: 'ok' | 'problem';
  undoTrashId?: string;
}

interface OpenFileState {
  open: OpenPromptFile | undefined;
  /**
   * `workspaceToPromptText()` right after the last read or save (or at start, with no file open):
   * the workspace is dirty when it serializes differently now.
   */
  baseline: string | undefined;
  conflict: FileConflict | undefined;
  notice: LibraryNotice | undefined;
  setOpen(open: OpenPromptFile | undefined): void;
  /** The workspace now matches `version` of `path` on disk; `baseline` is its serialization now. */
  markSaved(path: string, version: string, baseline: string): void;
  setBaseline(baseline: string): void;
  setConflict(conflict: FileConflict | undefined): void;
  say(text: string, tone?: LibraryNotice['tone'], undoTrashId?: string): void;
  clearNotice(id: number): void;
}

let noticeId = 0;

/** Which prompt file is open: runs record it in history, Save writes back to it. */
export const useOpenFileStore = create<OpenFileState>()((set) => ({
  open: undefined,
  baseline: undefined,
  conflict: undefined,
  notice: undefined,
  setOpen: (open) => set({ open }),
  markSaved: (path, version, baseline) => set({ open: { path, version }, baseline, conflict: undefined }),
  setBaseline: (baseline) => set({ baseline }),
  setConflict: (conflict) => set({ conflict }),
  say: (text, tone = 'ok', undoTrashId) => set({ notice: { id: (noticeId += 1), text, tone, ...(undoTrashId ? { undoTrashId } : {}) } }),
  clearNotice: (id) => set((state) => (state.notice?.id === id ? { notice: undefined } : state)),
}));
