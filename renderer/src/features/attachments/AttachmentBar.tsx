import { useEffect, useRef, type RefObject } from 'react';
import type { AttachmentRef } from '../../../../shared/chat/attachment';
import { ACCEPT, describePages, formatSize, removeAttachment, updateAttachment } from './attachment-list';
import { useAttachFiles } from './use-attach-files';

export interface AttachmentBarProps {
  value: AttachmentRef[];
  onChange(next: AttachmentRef[]): void;
  /** Where files may be dropped or images pasted (the message area); the bar itself otherwise. */
  dropZone?: RefObject<HTMLElement | null>;
}

/** Files sent with the user message: attach, drop or paste; chips with size, pages and PDF options. */
export function AttachmentBar({ value, onChange, dropZone }: AttachmentBarProps) {
  const input = useRef<HTMLInputElement>(null);
  const own = useRef<HTMLDivElement>(null);
  const { pending, errors, attach, dismissErrors } = useAttachFiles(value, onChange);
  useDroppedAndPastedFiles(dropZone ?? own, attach);

  return (
    <div className="attachments" ref={own} role="group" aria-label="Attachments">
      <div className="attachments-row">
        <button type="button" onClick={() => input.current?.click()}>
          Attach file
        </button>
        <input
          ref={input}
          type="file"
          hidden
          multiple
          accept={ACCEPT}
          aria-label="Choose files to attach"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = ''; // the same file can be chosen again after a remove
            void attach(files);
          }}
        />
        <span className="attachments-hint">PNG, JPEG, GIF, WebP or PDF: drop or paste into the message too.</span>
      </div>
      {(value.length > 0 || pending.length > 0) && (
        <ul className="attachment-chips" aria-label="Attached files">
          {value.map((ref) => (
            <AttachmentChip key={ref.id} attachment={ref} onRemove={() => onChange(removeAttachment(value, ref.id))} onPatch={(patch) => onChange(updateAttachment(value, ref.id, patch))} />
          ))}
          {pending.map((name, index) => (
            <li key={`${name}-${index}`} className="attachment-chip pending" role="status">
              Reading {name}…
            </li>
          ))}
        </ul>
      )}
      {errors.length > 0 && (
        <div className="attachment-errors" role="alert" aria-label="Attachment problems">
          {errors.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <button type="button" onClick={dismissErrors}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}

interface ChipProps {
  attachment: AttachmentRef;
  onRemove(): void;
  onPatch(patch: Partial<Pick<AttachmentRef, 'citations' | 'title' | 'context'>>): void;
}

function AttachmentChip({ attachment: ref, onRemove, onPatch }: ChipProps) {
  const pdf = ref.mime === 'application/pdf';
  return (
    <li className="attachment-chip" aria-label={ref.name}>
      <span className="attachment-name">{ref.name}</span>
      <span className="attachment-meta">
        {formatSize(ref.size)}
        {pdf && ref.pages !== undefined && ` · ${describePages(ref.pages)}`}
      </span>
      <button type="button" className="attachment-remove" aria-label={`Remove ${ref.name}`} onClick={onRemove}>
        ×
      </button>
      {pdf && (
        <span className="attachment-options">
          <label>
            <input type="checkbox" checked={ref.citations ?? false} onChange={(event) => onPatch({ citations: event.target.checked })} aria-label={`Citations for ${ref.name}`} />
            Citations
          </label>
          <input type="text" placeholder="Title" aria-label={`Title for ${ref.name}`} value={ref.title ?? ''} onChange={(event) => onPatch({ title: event.target.value })} />
          <input type="text" placeholder="Context" aria-label={`Context for ${ref.name}`} value={ref.context ?? ''} onChange={(event) => onPatch({ context: event.target.value })} />
        </span>
      )}
    </li>
  );
}

/**
 * Files dropped on, or images pasted into, the zone. Capture phase, so the editor inside never
 * turns a dropped file into its path as text; events without files pass through untouched.
 */
function useDroppedAndPastedFiles(zone: RefObject<HTMLElement | null>, attach: (files: File[]) => Promise<void>): void {
  useEffect(() => {
    const element = zone.current;
    if (!element) return;
    const hasFiles = (data: DataTransfer | null) => !!data && [...data.types].includes('Files');
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      event.stopPropagation();
      void attach(files);
    };
    const onPaste = (event: ClipboardEvent) => {
      const images = [...(event.clipboardData?.files ?? [])].filter((file) => file.type.startsWith('image/'));
      if (images.length === 0) return;
      event.preventDefault();
      event.stopPropagation();
      void attach(images);
    };
    element.addEventListener('dragover', onDragOver, true);
    element.addEventListener('drop', onDrop, true);
    element.addEventListener('paste', onPaste, true);
    return () => {
      element.removeEventListener('dragover', onDragOver, true);
      element.removeEventListener('drop', onDrop, true);
      element.removeEventListener('paste', onPaste, true);
    };
  }, [zone, attach]);
}
