import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { restoreFile } from './library-actions';
import { useOpenFileStore } from './open-file-store';

/** How long "Saved…" or "Deleted… Undo" stays; problems stay until the next message. */
export const NOTICE_MS = 10_000;

/** The library's last message, in a live region that is always there so it is announced. */
export function LibraryNoticeLine() {
  const client = useQueryClient();
  const notice = useOpenFileStore((state) => state.notice);
  useEffect(() => {
    if (!notice || notice.tone === 'problem') return;
    const timer = setTimeout(() => useOpenFileStore.getState().clearNotice(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div className={`library-notice${notice?.tone === 'problem' ? ' problem' : ''}`} role="status" aria-label="Library status">
      {notice?.text}
      {notice?.undoTrashId && (
        <button type="button" onClick={() => void restoreFile(client, notice.undoTrashId ?? '')}>
          Undo
        </button>
      )}
    </div>
  );
}
