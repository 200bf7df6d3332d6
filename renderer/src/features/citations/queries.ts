import { useQuery } from '@tanstack/react-query';
import { invokeOrThrow } from '../../bridge/bridge';
import type { PdfBytes } from './citation-source';

export const attachmentKeys = {
  bytes: (id: string) => ['attachments', 'bytes', id] as const,
};

/**
 * A cited PDF's bytes as base64: from the host's attachment store (cached per id: stored bytes
 * never change, since the id is their SHA-256) or straight from the request.
 */
export function usePdfBytes(pdf: PdfBytes) {
  const id = 'attachmentId' in pdf ? pdf.attachmentId : '';
  const stored = useQuery({
    queryKey: attachmentKeys.bytes(id),
    queryFn: () => invokeOrThrow('attachments.read', { id }),
    enabled: id !== '',
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: false,
  });
  if ('base64' in pdf) return { base64: pdf.base64, error: undefined };
  return { base64: stored.data?.base64, error: stored.error?.message };
}
