import type { AppInfo, Handlers } from '../../shared/contract';
import type { Gateway } from '../gateway';
import { GatewayError } from '../gateway/errors';
import type { AttachmentStore } from './attachments';
import { createAttachmentHandlers } from './handlers/attachment-handlers';
import { createExportHandlers } from './handlers/export-handlers';
import { createGatewayHandlers } from './handlers/gateway-handlers';
import { createHistoryHandlers } from './handlers/history-handlers';
import { createKeyHandlers } from './handlers/key-handlers';
import { createRunHandlers } from './handlers/run-handlers';
import type { HistoryService } from './history';
import type { KeyService } from './keys';
import type { LocalEndpoint } from './local-endpoint';
import type { SettingsFile } from './settings/settings-file';

export interface ServiceDeps {
  gateway: Gateway;
  keys: KeyService;
  settings: SettingsFile;
  endpoint: LocalEndpoint;
  attachments: AttachmentStore;
  history: HistoryService;
  /** Attachment ids the library's prompts refer to: deleting runs never removes those files. */
  protectedAttachmentIds: () => Promise<Set<string>>;
  host: AppInfo['host'];
  version: string;
}

export interface Services {
  handlers: Handlers;
  /** Aborts every live run, stops the local endpoint and closes the history (window closed, host shutting down). */
  shutdown(): Promise<void>;
}

const SHUTDOWN_RECORD_WAIT_MS = 3000;

/** The contract implemented over the gateway and the services. Both hosts bind this. */
export function createServices(deps: ServiceDeps): Services {
  const runs = createRunHandlers(deps.gateway, deps.attachments, async (run) => (await deps.history.store()).record(run));
  const handlers: Handlers = {
    'app.info': async () => ({ version: deps.version, host: deps.host, keys: [await deps.keys.status('anthropic')], keychain: deps.keys.keychain }),
    'models.list': () => listLiveModels(deps.gateway),
    ...runs.handlers,
    ...createAttachmentHandlers(deps.attachments),
    ...createKeyHandlers(deps),
    ...createGatewayHandlers(deps),
    ...createExportHandlers(deps.attachments),
    ...createHistoryHandlers({ history: deps.history.store, attachments: deps.attachments, protectedAttachmentIds: deps.protectedAttachmentIds, takeNotice: deps.history.takeNotice, onProblem: (message) => console.warn(message) }),
  };
  return {
    handlers,
    async shutdown() {
      runs.cancelAll();
      // Stopped runs record themselves as cancelled before the history closes (bounded: a stuck disk cannot hold shutdown).
      await runs.settled(SHUTDOWN_RECORD_WAIT_MS);
      await deps.endpoint.close();
      await deps.history.close().catch((error: unknown) => console.warn(`The run history could not be saved on exit: ${error instanceof Error ? error.message : String(error)}`));
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
