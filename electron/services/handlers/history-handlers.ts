import type { Handlers } from '../../../shared/contract';
import { GatewayError } from '../../gateway/errors';
import { removeUnusedAttachments, type AttachmentFiles } from '../history/attachment-gc';
import type { HistoryStore } from '../history/history-store';
import { historyStorageError } from '../history/storage-error';

type HistoryHandlers = Pick<Handlers, 'history.list' | 'history.get' | 'history.delete' | 'history.export'>;

export interface HistoryHandlerDeps {
  /** The open store; rejects (with a storage error) when the history could not be opened. */
  history: () => Promise<HistoryStore>;
  attachments: AttachmentFiles;
  /** Attachment ids the library's prompts refer to: never deleted. */
  protectedAttachmentIds: () => Promise<Set<string>>;
  /** A recovery to tell the user about once, on the next list. */
  takeNotice?: () => string | undefined;
  now?: () => number;
  /** Told about attachments left in place because the protected set could not be read. */
  onProblem?: (message: string) => void;
}

/** history.*: the recorded runs, read and deleted; deleting also cleans up attachments nothing needs. */
export function createHistoryHandlers({ history, attachments, protectedAttachmentIds, takeNotice = () => undefined, now = Date.now, onProblem = () => undefined }: HistoryHandlerDeps): HistoryHandlers {
  const withStore = async <T>(action: string, use: (store: HistoryStore) => Promise<T>): Promise<T> => {
    try {
      return await use(await history());
    } catch (error) {
      throw historyStorageError(action, error);
    }
  };
  return {
    'history.list': async (query) => {
      const listed = await withStore('The run history could not be read', (store) => store.list(query));
      const notice = takeNotice();
      return notice ? { ...listed, notice } : listed;
    },
    'history.get': async ({ id }) => {
      const run = await withStore('The run history could not be read', (store) => store.get(id));
      if (!run) throw new GatewayError('not_found', `Run ${id} is not in the history (it may have been deleted).`, { status: 404 });
      return run;
    },
    'history.export': async ({ ids }) => {
      const runs = await withStore('The run history could not be read', (store) => store.getMany(ids));
      return { jsonl: runs.map((run) => `${JSON.stringify(run)}\n`).join(''), count: runs.length };
    },
    'history.delete': async ({ ids, keepAttachments = [] }) => {
      const { deleted, unreferencedAttachments } = await withStore('The runs could not be deleted', (store) => store.delete(ids));
      if (unreferencedAttachments.length === 0) return { deleted, attachmentsRemoved: 0 };
      try {
        const keep = new Set([...(await protectedAttachmentIds()), ...keepAttachments]);
        return { deleted, attachmentsRemoved: await removeUnusedAttachments(unreferencedAttachments, keep, attachments, now()) };
      } catch (error) {
        // The runs are gone either way; a file left behind only costs space, one removed wrongly loses work.
        onProblem(`Attachments of deleted runs were kept: ${error instanceof Error ? error.message : String(error)}`);
        return { deleted, attachmentsRemoved: 0 };
      }
    },
  };
}
