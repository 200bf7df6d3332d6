import { describe, expect, it } from 'vitest';
import { describeKeychainError, describeKeychainLoadError, KEYCHAIN_REASONS } from './describe-keychain-error';

/** A @napi-rs/keyring error as it arrives: every one has code 'GenericFailure'. */
const keyringError = (message: string) => Object.assign(new Error(message), { code: 'GenericFailure' });

describe('describeKeychainError', () => {
  // The messages of @napi-rs/keyring 2.1.2 against a real Secret Service (notes/environment.md §5).
  it.each([
    ['Platform failure: DBus error: Using X11 for dbus-daemon autolaunch was disabled at compile time, set your DBUS_SESSION_BUS_ADDRESS instead', KEYCHAIN_REASONS.noBus],
    ['Platform failure: DBus error: Failed to connect to socket /nonexistent: No such file or directory', KEYCHAIN_REASONS.noBus],
    ['Platform failure: DBus error: The name org.freedesktop.secrets was not provided by any .service files', KEYCHAIN_REASONS.noSecretService],
    ["Couldn't access platform storage: Secret Service: no result found", KEYCHAIN_REASONS.noDefaultCollection],
    ["Couldn't access platform storage: Secret Service: unlock prompt was dismissed", KEYCHAIN_REASONS.unlockDismissed],
    ["Couldn't access platform storage: AccessDenied", KEYCHAIN_REASONS.linuxUnreachable],
  ])('Linux: %s', (message, reason) => {
    expect(describeKeychainError(keyringError(message), 'linux')).toBe(reason);
  });

  it('names the Secret Service case the way users search for it', () => {
    expect(KEYCHAIN_REASONS.noSecretService).toBe(
      'No Secret Service is running (org.freedesktop.secrets is not provided). Install gnome-keyring or KeePassXC, or use the environment variable or a session-only key.',
    );
  });

  it('quotes the library on macOS and Windows, where it has no specific rule', () => {
    const mac = describeKeychainError(keyringError('Platform failure: User interaction is not allowed.'), 'darwin');
    expect(mac).toBe(
      'The macOS Keychain refused access (Platform failure: User interaction is not allowed.). Check that your login keychain is unlocked and that Duet is allowed in Keychain Access, or use the environment variable or a session-only key.',
    );
    const windows = describeKeychainError(keyringError("Couldn't access platform storage: Element not found."), 'win32');
    expect(windows).toMatch(/^Windows Credential Manager could not be used \(Couldn't access platform storage: Element not found\.\)\. .*session-only key\.$/);
    // AccessDenied means the Linux fallback store only on Linux.
    expect(describeKeychainError(keyringError("Couldn't access platform storage: AccessDenied"), 'darwin')).toMatch(/^The macOS Keychain refused access/);
  });

  it('falls back to a generic sentence, flattened and shortened', () => {
    const reason = describeKeychainError(new Error(`first line\n${'x'.repeat(400)}`), 'freebsd');
    expect(reason).toMatch(/^The OS keychain could not be used \(first line x+…\)\. Use the environment variable or a session-only key\.$/);
    expect(reason.length).toBeLessThan(300);
    expect(describeKeychainError('a string', 'linux')).toBe('The OS keychain could not be used (a string). Use the environment variable or a session-only key.');
  });

  it('explains a library that cannot load', () => {
    expect(describeKeychainLoadError(new Error('Cannot find native binding.'))).toBe(
      'The keychain library could not be loaded on this system (Cannot find native binding.). Use the environment variable or a session-only key.',
    );
  });
});
