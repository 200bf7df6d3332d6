import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { HistoryQuery, HistoryRun } from '../../../../shared/contract';
import { invokeOrThrow } from '../../bridge/bridge';
import { nextPageCursor } from './history-query';

/** Query keys for run history; everything under ['history'] is stale once a run ends or runs are deleted. */
export const historyKeys = {
  all: ['history'] as const,
  list: (query: HistoryQuery) => ['history', 'list', query] as const,
  run: (id: string) => ['history', 'run', id] as const,
};

/** The list, newest first, a page at a time (keyset paging with `before`). */
export function useHistoryList(query: HistoryQuery | null) {
  return useInfiniteQuery({
    queryKey: historyKeys.list(query ?? {}),
    enabled: query !== null,
    // The list stays on screen while the next search loads, rather than flashing "Loading".
    placeholderData: keepPreviousData,
    initialPageParam: undefined as HistoryQuery['before'],
    queryFn: ({ pageParam }) => invokeOrThrow('history.list', { limit: 100, ...query, ...(pageParam ? { before: pageParam } : {}) }),
    getNextPageParam: (page) => nextPageCursor(page.runs, query?.limit ?? 100),
  });
}

export function useHistoryRun(id: string | null) {
  return useQuery({ queryKey: historyKeys.run(id ?? ''), enabled: id !== null, queryFn: () => invokeOrThrow('history.get', { id: id ?? '' }) });
}

/** Several recorded runs in full, in the order asked (for Reopen and Diff). */
export function fetchRuns(client: QueryClient, ids: readonly string[]): Promise<HistoryRun[]> {
  return Promise.all(ids.map((id) => client.fetchQuery({ queryKey: historyKeys.run(id), queryFn: () => invokeOrThrow('history.get', { id }) })));
}

export function useDeleteRuns() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: { ids: string[]; keepAttachments: string[] }) => invokeOrThrow('history.delete', request),
    onSuccess: () => client.invalidateQueries({ queryKey: historyKeys.all }),
  });
}

export function useExportRuns() {
  return useMutation({ mutationFn: (ids: string[]) => invokeOrThrow('history.export', { ids }) });
}
