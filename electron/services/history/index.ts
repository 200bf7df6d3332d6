import { historyStorageError } from './storage-error';
import { openHistoryStore, type HistoryStore } from './history-store';

export { promptAttachmentIds } from './protected-attachments';
export type { HistoryStore } from './history-store';

export interface HistoryService {
  /** The open store; rejects with a storage error when it could not be opened (runs still run, unrecorded). */
  store(): Promise<HistoryStore>;
  /** What was recovered from at open (a corrupt file moved aside), once: the first caller gets it. */
  takeNotice(): string | undefined;
  /** Checkpoints and closes the store. */
  close(): Promise<void>;
}

/** Opens `<dataDir>/history` in the background; a failure is kept and reported by every call, never thrown at start. */
export function startHistory(dir: string, log: (message: string) => void = (message) => console.warn(message)): HistoryService {
  const notices: string[] = [];
  const opening = openHistoryStore({
    dir,
    onProblem: (message) => {
      notices.push(message);
      log(message);
    },
  }).catch((error: unknown) => {
    const failure = historyStorageError('The run history could not be opened', error);
    log(failure.message);
    throw failure;
  });
  opening.catch(() => undefined);
  return {
    store: () => opening,
    takeNotice: () => (notices.length > 0 ? notices.splice(0).join(' ') : undefined),
    close: async () => {
      const store = await opening.catch(() => undefined);
      await store?.close();
    },
  };
}
