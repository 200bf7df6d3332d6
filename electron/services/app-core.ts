import { createRequire } from 'node:module';
import type { AppInfo } from '../../shared/contract';
import { environmentKeys } from '../gateway';
import { createGatewayFromEnv } from '../gateway/from-env';
import { createDispatch, type Dispatch } from './dispatch';
import { createServices } from './handlers';

export interface AppCore {
  dispatch: Dispatch;
  shutdown(): void;
}

export interface AppCoreOptions {
  host: AppInfo['host'];
  env?: Record<string, string | undefined>;
}

/** Wires gateway and services from the environment: what each host calls once at start. */
export function createAppCore({ host, env = process.env }: AppCoreOptions): AppCore {
  const keys = environmentKeys(env);
  const gateway = createGatewayFromEnv(env);
  const services = createServices({ gateway, keys, host, version: packageVersion() });
  return { dispatch: createDispatch(services.handlers), shutdown: services.shutdown };
}

function packageVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return (require('../../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
