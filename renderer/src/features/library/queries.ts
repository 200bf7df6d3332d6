import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { invokeOrThrow } from '../../bridge/bridge';

/** Query keys for the prompt library. Everything under `all` is stale after any change to the folder. */
export const libraryKeys = {
  all: ['library'] as const,
  folder: ['library', 'folder'] as const,
  list: (query: string) => ['library', 'list', query] as const,
};

export function invalidateLibrary(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: libraryKeys.all });
}

export function useLibraryList(query: string) {
  return useQuery({ queryKey: libraryKeys.list(query), queryFn: () => invokeOrThrow('library.list', query ? { query } : {}), placeholderData: (previous) => previous });
}

export function useLibraryFolder() {
  return useQuery({ queryKey: libraryKeys.folder, queryFn: () => invokeOrThrow('library.folder', undefined) });
}

export function useSetLibraryFolder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (folder: string | null) => invokeOrThrow('library.setFolder', { folder }),
    onSuccess: (folder) => client.setQueryData(libraryKeys.folder, folder),
    onSettled: () => invalidateLibrary(client),
  });
}
