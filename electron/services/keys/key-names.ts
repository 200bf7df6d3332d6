import { keyEnvName } from '../../gateway/keys';
import { InvalidProviderError } from './errors';
import type { KeyProvider } from './types';

const PROVIDER_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/**
 * Throws unless `provider` is 1–64 of a-z, 0-9, '.', '_', '-' (starting with a
 * letter or digit). The id becomes part of a keychain account and a variable
 * name, so it is kept boring. The message does not echo the id: a key pasted
 * into the wrong field must not end up in a log.
 */
export function assertProviderId(provider: KeyProvider): void {
  if (!PROVIDER_ID.test(provider)) {
    throw new InvalidProviderError('A provider id is 1 to 64 characters: lowercase letters, digits, ".", "_" or "-", starting with a letter or digit.');
  }
}

/** The keychain account holding a provider's key: "api-key:anthropic". The prefix keeps it apart from "gateway-token". */
export function keyAccount(provider: KeyProvider): string {
  assertProviderId(provider);
  return `api-key:${provider}`;
}

/**
 * The environment variable read for a provider's key: ANTHROPIC_API_KEY,
 * OPENAI_API_KEY, and DUET_<ID>_API_KEY for a custom provider, its id
 * uppercased with every other character as "_" ('open-router' → DUET_OPEN_ROUTER_API_KEY).
 */
export function keyEnvVarName(provider: KeyProvider): string {
  assertProviderId(provider);
  return keyEnvName(provider);
}
