import type { Handlers } from '../../../shared/contract';
import { getOrCreateGatewayToken, rotateGatewayToken, type KeyService } from '../keys';
import type { LocalEndpoint } from '../local-endpoint';
import type { SettingsFile } from '../settings/settings-file';

type GatewayHandlers = Pick<Handlers, 'gateway.status' | 'gateway.configure' | 'gateway.token'>;

/** The local endpoint toggle; its token lives in the keychain beside the keys. */
export function createGatewayHandlers(deps: { endpoint: LocalEndpoint; keys: KeyService; settings: SettingsFile }): GatewayHandlers {
  const { endpoint, keys, settings } = deps;
  return {
    'gateway.status': async () => endpoint.status(),
    'gateway.configure': async ({ enabled, port }) => {
      await settings.update((current) => ({ ...current, gateway: { enabled, port } }));
      return endpoint.configure({ enabled, port });
    },
    'gateway.token': async ({ rotate }) => {
      if (!rotate) return { token: await getOrCreateGatewayToken(keys.store) };
      const token = await rotateGatewayToken(keys.store);
      await endpoint.restart();
      return { token };
    },
  };
}
