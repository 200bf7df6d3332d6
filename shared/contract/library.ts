import { z } from 'zod';
import { libraryPathProblem } from './library-path';

/**
 * The prompt library: Dotprompt `.prompt` files in one folder (subfolders allowed). Paths cross the
 * boundary relative to that folder, with "/" separators; the host validates them with `libraryPath`.
 */

export const libraryPath = z.string().superRefine((path, context) => {
  const problem = libraryPathProblem(path);
  if (problem) context.addIssue({ code: 'custom', message: `"${path}": ${problem}` });
});

/** sha256 hex of the file's content, first 16 characters. */
export const libraryVersion = z.string().regex(/^[0-9a-f]{16}$/, 'a version is 16 lowercase hex digits');

const trashId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a trash id is 8-64 letters, digits, _ or -');

/** A prompt file is text; 4 MB is far beyond any real prompt and keeps one call bounded. */
const promptText = z.string().max(4_000_000, 'the prompt is larger than 4 MB');

export const librarySchemas = {
  'library.folder': z.undefined(),
  /** null: back to the default, `<dataDir>/library`. The folder is created if missing. */
  'library.setFolder': z.object({ folder: z.string().trim().min(1, 'the folder is empty').max(4096).nullable() }),
  /** `query` matches name, path and content, case-insensitively. */
  'library.list': z.object({ query: z.string().max(500).optional() }),
  'library.read': z.object({ path: libraryPath }),
  /** `expectedVersion: null` means the file must not exist yet; a different version fails with `conflict`. */
  'library.save': z.object({ path: libraryPath, text: promptText, expectedVersion: libraryVersion.nullable() }),
  'library.rename': z.object({ from: libraryPath, to: libraryPath }),
  'library.duplicate': z.object({ path: libraryPath }),
  'library.delete': z.object({ path: libraryPath }),
  'library.restore': z.object({ trashId }),
} as const;

export interface LibraryFileError {
  message: string;
  /** 1-based. */
  line: number;
  column: number;
}

export interface LibraryEntry {
  path: string;
  /** From the front matter; undefined when it has none (or the file is broken). */
  name?: string;
  description?: string;
  model?: string;
  /** Epoch milliseconds. */
  modifiedAt: number;
  size: number;
  version: string;
  /** Set when the file cannot be read as a prompt: what is wrong and where. */
  error?: LibraryFileError;
}

export interface LibraryFolder {
  folder: string;
  isDefault: boolean;
}

export interface LibraryResponses {
  'library.folder': LibraryFolder;
  'library.setFolder': LibraryFolder;
  'library.list': { folder: string; files: LibraryEntry[] };
  'library.read': { path: string; text: string; version: string };
  'library.save': { path: string; version: string };
  'library.rename': { path: string; version: string };
  'library.duplicate': { path: string; version: string };
  'library.delete': { trashId: string };
  'library.restore': { path: string; version: string };
}

/** Files in the library folder that changed on disk, by something other than this app's own writes. */
export interface LibraryChanged {
  paths: string[];
}
