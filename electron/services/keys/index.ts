/** Provider keys and the gateway token, in the OS keychain. See README.md for what is public and why. */
export type { KeyProvider, KeySourceKind, KeyStatus, SecretStore } from './types';
export { openKeychain, DEFAULT_KEYCHAIN_SERVICE, type OpenKeychainOptions, type OpenKeychainResult } from './open-keychain';
export { createMemoryStore } from './create-memory-store';
export { createKeyService, type KeyService, type KeyServiceOptions, type ResolvedKey } from './create-key-service';
export { getOrCreateGatewayToken, rotateGatewayToken, GATEWAY_TOKEN_ACCOUNT } from './gateway-token';
export { describeKeychainError, KEYCHAIN_REASONS } from './describe-keychain-error';
export { InvalidKeyError, InvalidProviderError, KeychainError } from './errors';
export { validateKey, MAX_KEY_LENGTH } from './validate-key';
export { keyHint } from './key-hint';
export { keyAccount, keyEnvVarName } from './key-names';
