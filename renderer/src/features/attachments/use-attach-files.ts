import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttachmentRef } from '../../../../shared/chat/attachment';
import { attachFile } from '../../bridge/attach-file';
import { addAttachment, describeAttachError } from './attachment-list';

export interface AttachFilesState {
  /** Names of files the host is still reading. */
  pending: string[];
  errors: string[];
  attach(files: readonly File[]): Promise<void>;
  dismissErrors(): void;
}

/**
 * Sends files to the host in order. Each answer is merged into the latest list, so a slow
 * file never overwrites chips added or removed meanwhile, and a refused one never removes any.
 */
export function useAttachFiles(value: AttachmentRef[], onChange: (next: AttachmentRef[]) => void): AttachFilesState {
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });
  const [pending, setPending] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);

  const attach = useCallback(async (files: readonly File[]) => {
    if (files.length === 0) return;
    setErrors([]);
    setPending((names) => [...names, ...files.map((file) => file.name)]);
    // One at a time, so chips keep the order the files were chosen in.
    for (const file of files) {
      const result = await attachFile(file);
      setPending((names) => withoutOne(names, file.name));
      if (!result.ok) {
        setErrors((lines) => [...lines, describeAttachError(file.name, result.error)]);
        continue;
      }
      const next = addAttachment(latest.current.value, result.value);
      latest.current = { ...latest.current, value: next };
      latest.current.onChange(next);
    }
  }, []);

  return { pending, errors, attach, dismissErrors: () => setErrors([]) };
}

function withoutOne(names: string[], name: string): string[] {
  const index = names.indexOf(name);
  return index < 0 ? names : [...names.slice(0, index), ...names.slice(index + 1)];
}
