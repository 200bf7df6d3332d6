import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RequestOf } from '../../../../shared/contract';
import { invokeOrThrow } from '../../bridge/bridge';

export type SnippetsRequest = RequestOf<'export.snippets'>;

export const exportKeys = {
  snippets: (request: SnippetsRequest | null) => ['export', 'snippets', request] as const,
};

/** The pane's request as code, per flavour, from the host (which translates it as a Run would). */
export function useSnippets(request: SnippetsRequest | null) {
  return useQuery({
    queryKey: exportKeys.snippets(request),
    queryFn: () => invokeOrThrow('export.snippets', request as SnippetsRequest),
    enabled: request !== null,
    staleTime: Infinity,
    // The last code stays on screen while an option change is written out.
    placeholderData: keepPreviousData,
    retry: false,
  });
}
