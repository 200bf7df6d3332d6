/**
 * The @napi-rs/keyring 2.1.2 error messages, as seen against a real Secret
 * Service (notes/environment.md §5), turned into sentences a user can act on.
 * Every error there has `code: 'GenericFailure'`, so only the message tells
 * the cases apart.
 */

const ALTERNATIVES = 'use the environment variable or a session-only key.';

export const KEYCHAIN_REASONS = {
  noBus: `No D-Bus session is running, so the Secret Service cannot be reached. Start Duet from a desktop session (or under dbus-run-session), or ${ALTERNATIVES}`,
  noSecretService: `No Secret Service is running (org.freedesktop.secrets is not provided). Install gnome-keyring or KeePassXC, or ${ALTERNATIVES}`,
  noDefaultCollection: `The Secret Service has no default keyring, or it is locked. Create or unlock your login keyring (for example in "Passwords and Keys"), or ${ALTERNATIVES}`,
  unlockDismissed: `The keyring stayed locked because its unlock prompt was dismissed. Unlock the keyring and try again, or ${ALTERNATIVES}`,
  linuxUnreachable: `Neither the Secret Service nor the kernel keyring can be reached. Install and unlock gnome-keyring or KeePassXC, or ${ALTERNATIVES}`,
  mismatch: `The keychain did not give back the test value just stored in it, so it cannot be trusted with keys. Use the environment variable or a session-only key.`,
} as const;

interface Rule {
  test: RegExp;
  reason: string;
  platforms?: readonly NodeJS.Platform[];
}

// Order matters: a dismissed prompt or a missing provider also mentions D-Bus.
const RULES: readonly Rule[] = [
  // gnome-keyring asked to unlock a keyring and the prompt was closed (or could not open a display).
  { test: /prompt was dismissed/i, reason: KEYCHAIN_REASONS.unlockDismissed },
  // A bus, but nothing owns or can be activated as org.freedesktop.secrets.
  { test: /org\.freedesktop\.secrets was not provided|ServiceUnknown/i, reason: KEYCHAIN_REASONS.noSecretService },
  // A Secret Service without a default ("login") collection, or one started without --unlock.
  { test: /Secret Service: no result found/i, reason: KEYCHAIN_REASONS.noDefaultCollection },
  // No session bus: DBUS_SESSION_BUS_ADDRESS unset (autolaunch refused) or pointing at nothing.
  { test: /DBUS_SESSION_BUS_ADDRESS|autolaunch|Failed to connect to socket|Failed to connect to bus|Connection refused/i, reason: KEYCHAIN_REASONS.noBus },
  // keyring's default Linux store when both the Secret Service and keyutils fail.
  { test: /Couldn't access platform storage: AccessDenied/i, reason: KEYCHAIN_REASONS.linuxUnreachable, platforms: ['linux'] },
];

/** The library's own message, shortened: the reason sentence quotes it for the platforms without specific rules. */
export function keychainErrorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}

/** A sentence saying why the OS keychain cannot be used and what to do about it. */
export function describeKeychainError(error: unknown, platform: NodeJS.Platform = process.platform): string {
  const detail = keychainErrorDetail(error);
  for (const rule of RULES) {
    if ((!rule.platforms || rule.platforms.includes(platform)) && rule.test.test(detail)) return rule.reason;
  }
  if (platform === 'darwin') {
    return `The macOS Keychain refused access (${detail}). Check that your login keychain is unlocked and that Duet is allowed in Keychain Access, or ${ALTERNATIVES}`;
  }
  if (platform === 'win32') {
    return `Windows Credential Manager could not be used (${detail}). Check that Credential Manager works for your account, or ${ALTERNATIVES}`;
  }
  return `The OS keychain could not be used (${detail}). Use the environment variable or a session-only key.`;
}

/** When the native part of the keychain library cannot load at all (an unsupported platform or a broken install). */
export function describeKeychainLoadError(error: unknown): string {
  return `The keychain library could not be loaded on this system (${keychainErrorDetail(error)}). Use the environment variable or a session-only key.`;
}
