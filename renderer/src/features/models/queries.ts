import { useQuery } from '@tanstack/react-query';
import { MODELS } from '../../../../shared/models/catalog';
import { mergeModels, type ModelEntry } from '../../../../shared/models/merge-models';
import { invokeOrThrow } from '../../bridge/bridge';

export const modelKeys = {
  all: ['models'] as const,
  live: ['models', 'live'] as const,
};

const RELISTS = 3;
const RELIST_AFTER_MS = 1_000;

const OFFLINE: ModelEntry[] = mergeModels(MODELS, []);

/**
 * The static catalog merged with what the providers list live. The catalog
 * serves at once and offline; the live list refines it when it arrives, and is
 * refetched whenever a key changes (settings invalidate `modelKeys.all`).
 */
export function useModelEntries(): { entries: ModelEntry[]; errors: { provider: string; message: string }[]; retry(): void } {
  const live = useQuery({
    queryKey: modelKeys.live,
    queryFn: () => invokeOrThrow('models.list', undefined),
    staleTime: 10 * 60_000,
    // A provider whose listing fails at start (a keychain read or the network not ready yet) is
    // asked again a few times, or the catalog alone would stand for the ten minutes the list stays fresh.
    // A failing provider does not fail the query (the others' models still count), so this is a refetch.
    refetchInterval: (query) => ((query.state.data?.errors.length ?? 0) > 0 && query.state.dataUpdateCount <= RELISTS ? RELIST_AFTER_MS : false),
    retry: RELISTS,
    retryDelay: RELIST_AFTER_MS,
  });
  return {
    entries: live.data ? mergeModels(MODELS, live.data.models) : OFFLINE,
    errors: live.data?.errors ?? [],
    retry: () => void live.refetch(),
  };
}
