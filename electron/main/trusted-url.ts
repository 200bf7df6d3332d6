/** Pure predicates behind the window guards, kept apart from Electron so they can be tested. */
export function isTrustedUrl(url: string, appOrigin: string): boolean {
  try {
    // Custom schemes have an opaque origin ("null"), so compare scheme, host and port.
    const a = new URL(url);
    const b = new URL(appOrigin);
    return a.protocol === b.protocol && a.host === b.host && a.host !== '';
  } catch {
    return false;
  }
}

/** Only http(s) links may leave the app, and only to the user's browser. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
