import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { emptyPromptFile, type PromptFile } from '../../../../shared/prompt-file';

interface FileBaseState {
  /** The file the workspace was last loaded from, less what the workspace took over (see snapshotOfFile). */
  base: PromptFile;
  setBase(base: PromptFile): void;
}

/**
 * What a loaded file holds that the workspace has no place for (description, input schema,
 * unknown keys, betas…), written back by the next capture. Persisted, so a save after a restart
 * still keeps it.
 */
export const useFileBaseStore = create<FileBaseState>()(
  persist(
    (set) => ({
      base: emptyPromptFile(),
      setBase: (base) => set({ base }),
    }),
    { name: 'duet.library.file-base.v1', version: 1, partialize: ({ base }) => ({ base }) },
  ),
);
