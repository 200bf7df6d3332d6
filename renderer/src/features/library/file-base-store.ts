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
    {
      name: 'duet.library.file-base.v1',
      version: 1,
      partialize: ({ base }) => ({ base }),
      // Storage edited by hand or by another version: an unreadable base is no base, never a broken save.
      merge: (saved, current) => ({ ...current, base: looksLikeBase((saved as { base?: unknown } | null)?.base) ? (saved as { base: PromptFile }).base : current.base }),
    },
  ),
);

function looksLikeBase(value: unknown): value is PromptFile {
  if (typeof value !== 'object' || value === null) return false;
  const { duet, ext, extra, keyOrder, body } = value as Partial<Record<keyof PromptFile, unknown>>;
  const isObject = (part: unknown) => typeof part === 'object' && part !== null && !Array.isArray(part);
  return isObject(duet) && isObject(ext) && isObject(extra) && Array.isArray(keyOrder) && Array.isArray(body);
}
