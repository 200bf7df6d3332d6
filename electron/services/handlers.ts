import type { AppInfo, Handlers } from '../../shared/contract';
import type { Gateway } from '../gateway';
import { GatewayError } from '../gateway/errors';
import type { AttachmentStore } from './attachments';
import type { Broadcast } from './broadcast';
import { createAttachmentHandlers } from './handlers/attachment-handlers';
import { createExportHandlers } from './handlers/export-handlers';
import { createGatewayHandlers } from './handlers/gateway-handlers';
import { createHistoryHandlers } from './handlers/history-handlers';
import { createKeyHandlers } from './handlers/key-handlers';
import { createLibraryHandlers } from './handlers/library-handlers';
import { createRunHandlers } from './handlers/run-handlers';
import type { KeyService } from './keys';
import type { LocalEndpoint } from './local-endpoint';
import type { SettingsFile } from './settings/settings-file';

export interface ServiceDeps {
  gateway: Gateway;
  keys: KeyService;
  settings: SettingsFile;
  endpoint: LocalEndpoint;
  attachments: AttachmentStore;
  host: AppInfo['host'];
  version: string;
  /** Where the library's default folder and its trash live. */
  dataDir: string;
  broadcast: Broadcast;
}

export interface Services {
  handlers: Handlers;
  /** Aborts every live run and stops the local endpoint (window closed, host shutting down). */
  shutdown(): Promise<void>;
}

/** The contract implemented over the gateway and the services. Both hosts bind this. */
export function createServices(deps: ServiceDeps): Services {
  const runs = createRunHandlers(deps.gateway, deps.attachments);
  const library = createLibraryHandlers(deps);
  const handlers: Handlers = {
    'app.info': async () => ({ version: deps.version, host: deps.host, keys: [await deps.keys.status('anthropic')], keychain: deps.keys.keychain }),
    'models.list': () => listLiveModels(deps.gateway),
    ...runs.handlers,
    ...createAttachmentHandlers(deps.attachments),
    ...createKeyHandlers(deps),
    ...createGatewayHandlers(deps),
    ...createExportHandlers(deps.attachments),
    ...createHistoryHandlers(),
    ...library.handlers,
  };
  return {
    handlers,
    async shutdown() {
      runs.cancelAll();
      library.close();
      await deps.endpoint.close();
    },
  };
}

/**
 * Every provider's live list; one that fails (offline, rejected key) is reported and the others still
 * count. A provider without a key lists nothing, which is not an error: onboarding asks for the key.
 */
async function listLiveModels(gateway: Gateway) {
  const providers = gateway.providerIds();
  const listOrNothing = (provider: string) =>
    gateway.listProviderModels(provider).catch((error: unknown) => {
      if (error instanceof GatewayError && error.code === 'no_api_key') return [];
      throw error;
    });
  const results = await Promise.allSettled(providers.map(listOrNothing));
  const models = results.flatMap((result, index) => (result.status === 'fulfilled' ? result.value.map((id) => ({ id, provider: providers[index] ?? '' })) : []));
  const errors = results.flatMap((result, index) =>
    result.status === 'rejected' ? [{ provider: providers[index] ?? '', message: result.reason instanceof Error ? result.reason.message : String(result.reason) }] : [],
  );
  return { models, errors };
}
