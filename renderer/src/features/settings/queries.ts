import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { KeyStatus, KeysOverview, ProviderConfig } from '../../../../shared/contract';
import { invokeOrThrow } from '../../bridge/bridge';
import { appKeys } from '../pane/queries';

/** Query keys for settings: keys, providers, the local gateway. */
export const settingsKeys = {
  keys: ['keys'] as const,
  keysStatus: ['keys', 'status'] as const,
  providers: ['providers'] as const,
  providersList: ['providers', 'list'] as const,
  gateway: ['gateway'] as const,
  gatewayStatus: ['gateway', 'status'] as const,
};

export function useKeysStatus() {
  return useQuery({ queryKey: settingsKeys.keysStatus, queryFn: () => invokeOrThrow('keys.status', undefined) });
}

export function useProviders() {
  return useQuery({ queryKey: settingsKeys.providersList, queryFn: () => invokeOrThrow('providers.list', undefined) });
}

export function useGatewayStatus() {
  return useQuery({ queryKey: settingsKeys.gatewayStatus, queryFn: () => invokeOrThrow('gateway.status', undefined) });
}

/**
 * A key changed: everything that shows a key's status, and every list a key unlocks, is stale.
 * The mutation waits for the settings lists only; live model lists may take a while to answer.
 */
function invalidateAfterKeyChange(client: QueryClient): Promise<unknown> {
  void client.invalidateQueries({ queryKey: ['models'] });
  void client.invalidateQueries({ queryKey: appKeys.info });
  return Promise.all([client.invalidateQueries({ queryKey: settingsKeys.keys }), client.invalidateQueries({ queryKey: settingsKeys.providers })]);
}

/** Shows a returned status at once, before the refetch lands. */
function putKeyStatus(client: QueryClient, status: KeyStatus): void {
  client.setQueryData<KeysOverview>(settingsKeys.keysStatus, (overview) =>
    overview ? { ...overview, keys: [...overview.keys.filter((key) => key.provider !== status.provider), status] } : overview,
  );
}

// Mutations that carry a key keep it no longer than the call: gcTime 0 drops their variables from the cache.
export function useSetKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: { provider: string; key: string }) => invokeOrThrow('keys.set', request),
    gcTime: 0,
    onSuccess: (status) => putKeyStatus(client, status),
    onSettled: () => invalidateAfterKeyChange(client),
  });
}

export function useRemoveKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (provider: string) => invokeOrThrow('keys.remove', { provider }),
    onSuccess: (status) => putKeyStatus(client, status),
    onSettled: () => invalidateAfterKeyChange(client),
  });
}

export function useTestKey() {
  return useMutation({ mutationFn: (provider: string) => invokeOrThrow('keys.test', { provider }) });
}

export interface NewProvider {
  id: string;
  name: string;
  baseURL: string;
  /** Optional: stored in the keychain after the provider is saved. */
  key?: string;
}

/** Saves the provider, then its key if one was given; a failed key save leaves the provider saved. */
export function useAddProvider() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ key, ...provider }: NewProvider): Promise<ProviderConfig> => {
      const saved = await invokeOrThrow('providers.save', provider);
      if (!key) return saved;
      try {
        return { ...saved, key: await invokeOrThrow('keys.set', { provider: provider.id, key }) };
      } catch (error) {
        throw new Error(`${provider.name} was saved, but its key was not: ${(error as Error).message}`, { cause: error });
      }
    },
    gcTime: 0,
    onSettled: () => invalidateAfterKeyChange(client),
  });
}

export function useRemoveProvider() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => invokeOrThrow('providers.remove', { id }),
    onSettled: () => invalidateAfterKeyChange(client),
  });
}

export function useConfigureGateway() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: { enabled: boolean; port: number }) => invokeOrThrow('gateway.configure', request),
    // A status read already in flight (Settings just reopened) would land after the change and undo it on screen.
    onMutate: () => client.cancelQueries({ queryKey: settingsKeys.gateway }),
    onSuccess: (status) => client.setQueryData(settingsKeys.gatewayStatus, status),
    onSettled: () => client.invalidateQueries({ queryKey: settingsKeys.gateway }),
  });
}

/** Reads (or rotates) the gateway token. Not a query: the token is shown only on request, never cached. */
export function useGatewayToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rotate: boolean) => invokeOrThrow('gateway.token', { rotate }),
    gcTime: 0,
    // Rotating restarts the endpoint.
    onSettled: (_data, _error, rotate) => (rotate ? client.invalidateQueries({ queryKey: settingsKeys.gateway }) : undefined),
  });
}
