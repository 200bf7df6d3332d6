/**
 * Errors thrown by the key services. Messages are shown to users as they are,
 * so they are whole sentences, and none of them ever quotes a key.
 */

/** A key that `KeyService.set` refuses to store. */
export class InvalidKeyError extends Error {
  override readonly name = 'InvalidKeyError';
}

/** A provider id that cannot name a keychain entry or an environment variable. */
export class InvalidProviderError extends Error {
  override readonly name = 'InvalidProviderError';
}

/** The OS keychain failed. `message` is a sentence for the user; `detail` is the library's own message, for logs. */
export class KeychainError extends Error {
  override readonly name = 'KeychainError';
  readonly detail: string;

  constructor(message: string, detail: string) {
    super(message);
    this.detail = detail;
  }
}
