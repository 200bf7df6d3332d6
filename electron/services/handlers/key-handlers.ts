import type { Handlers, KeyTestResult, ProviderConfig } from '../../../shared/contract';
import { GatewayError, type Gateway } from '../../gateway';
import type { KeyService } from '../keys';
import type { SettingsFile } from '../settings/settings-file';

type KeyHandlers = Pick<Handlers, 'keys.status' | 'keys.set' | 'keys.remove' | 'keys.test' | 'providers.list' | 'providers.save' | 'providers.remove'>;

/** Keys (statuses only: a key never goes back to the renderer) and OpenAI-compatible providers. */
export function createKeyHandlers(deps: { gateway: Gateway; keys: KeyService; settings: SettingsFile }): KeyHandlers {
  const { gateway, keys, settings } = deps;
  const providers = async (): Promise<ProviderConfig[]> =>
    Promise.all(settings.read().providers.map(async (provider) => ({ ...provider, key: await keys.status(provider.id) })));

  return {
    'keys.status': async () => ({
      keychain: keys.keychain,
      keys: await Promise.all(gateway.providerIds().map((id) => keys.status(id))),
    }),
    'keys.set': ({ provider, key }) => keys.set(provider, key),
    'keys.remove': ({ provider }) => keys.remove(provider),
    'keys.test': ({ provider }) => testKey(gateway, provider),
    'providers.list': providers,
    'providers.save': async ({ id, name, baseURL }) => {
      await settings.update((current) => ({ ...current, providers: [...current.providers.filter((p) => p.id !== id), { id, name, baseURL }] }));
      return { id, name, baseURL, key: await keys.status(id) };
    },
    'providers.remove': async ({ id }) => {
      const before = settings.read().providers.length;
      const after = await settings.update((current) => ({ ...current, providers: current.providers.filter((p) => p.id !== id) }));
      // Its key goes too: a key left behind for a provider nobody sees is a secret nobody manages.
      const { source } = await keys.status(id);
      if (source === 'keychain' || source === 'session') await keys.remove(id);
      return { removed: after.providers.length < before };
    },
  };
}

/** "Test": list the provider's models with the stored key, and say what happened without showing the key. */
async function testKey(gateway: Gateway, provider: string): Promise<KeyTestResult> {
  try {
    const models = await gateway.listProviderModels(provider);
    return { outcome: 'valid', message: `The key works: ${models.length} models available.`, models: models.length };
  } catch (error) {
    if (!(error instanceof GatewayError)) return { outcome: 'error', message: String(error) };
    if (error.code === 'no_api_key') return { outcome: 'no_key', message: 'There is no key to test.' };
    if (error.code === 'authentication' || error.code === 'permission') {
      return { outcome: 'invalid_key', message: `The provider rejected this key (${error.status}): ${error.message}` };
    }
    if (error.code === 'network' || error.code === 'timeout') return { outcome: 'network_error', message: error.message };
    return { outcome: 'error', message: `${error.message} (HTTP ${error.status})` };
  }
}
