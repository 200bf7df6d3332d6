import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AppInfo } from '../../shared/contract';
import { createGatewayFromEnv } from '../gateway/from-env';
import { createAttachmentStore, type AttachmentStore } from './attachments';
import { defaultDataDir } from './default-data-dir';
import { createDispatch, type Dispatch } from './dispatch';
import { createServices } from './handlers';
import { promptAttachmentIds, startHistory } from './history';
import { createKeyService, getOrCreateGatewayToken, openKeychain, type KeyService } from './keys';
import { createLocalEndpoint } from './local-endpoint';
import { openSettingsFile } from './settings/settings-file';

export interface AppCore {
  dispatch: Dispatch;
  keys: KeyService;
  /** Checked, content-addressed files under `<dataDir>/attachments`; the web host's upload route adds to it. */
  attachments: AttachmentStore;
  dataDir: string;
  shutdown(): Promise<void>;
}

export interface AppCoreOptions {
  host: AppInfo['host'];
  env?: Record<string, string | undefined>;
  /** The host's data folder (Electron's userData); DUET_DATA_DIR or the platform default otherwise. */
  dataDir?: string;
  /** The keychain service name ('duet'; DUET_KEYCHAIN_SERVICE): tests use their own, so they never touch the user's keys. */
  keychainService?: string;
}

/** Wires keys, settings, gateway and services: what each host calls once at start. */
export async function createAppCore({ host, env = process.env, dataDir = defaultDataDir(env), keychainService = env.DUET_KEYCHAIN_SERVICE }: AppCoreOptions): Promise<AppCore> {
  const keychain = await openKeychain(keychainService ? { service: keychainService } : {});
  const keys = createKeyService({
    keychain: keychain.ok ? keychain.store : undefined,
    ...(keychain.ok ? {} : { keychainUnavailableReason: keychain.reason }),
    env,
  });
  const settings = await openSettingsFile(join(dataDir, 'settings.json'));
  const gateway = createGatewayFromEnv(env, { keys: keys.asKeySource(), providers: () => settings.read().providers });
  const endpoint = createLocalEndpoint(gateway, () => getOrCreateGatewayToken(keys.store));
  const attachments = createAttachmentStore(join(dataDir, 'attachments'));
  const history = startHistory(join(dataDir, 'history'));
  const protectedAttachmentIds = () => promptAttachmentIds(join(dataDir, 'library'));
  const services = createServices({ gateway, keys, settings, endpoint, attachments, history, protectedAttachmentIds, host, version: packageVersion() });
  const { gateway: saved } = settings.read();
  if (saved.enabled) await endpoint.configure(saved);
  return { dispatch: createDispatch(services.handlers), keys, attachments, dataDir, shutdown: services.shutdown };
}

function packageVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return (require('../../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
