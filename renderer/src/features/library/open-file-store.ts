import { create } from 'zustand';

/** The library file the workspace was opened from or last saved to, and the version on disk then. */
export interface OpenPromptFile {
  /** Relative to the library folder, e.g. "summarise.prompt". */
  path: string;
  /** sha256 hex prefix of the file's content as last read or written. */
  version: string;
}

interface OpenFileState {
  open: OpenPromptFile | undefined;
  setOpen(open: OpenPromptFile | undefined): void;
}

/** Which prompt file is open: runs record it in history, Save writes back to it. */
export const useOpenFileStore = create<OpenFileState>()((set) => ({
  open: undefined,
  setOpen: (open) => set({ open }),
}));
