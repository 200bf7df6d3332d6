/** The only URL schemes a link in model output may keep. Everything else (javascript:, data:, vbscript:, relative paths…) is dropped. */
const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the URL when it is absolute and uses http, https or mailto, otherwise undefined.
 * The WHATWG parser does the work: it strips the control characters and whitespace that
 * tricks like "java\tscript:" rely on, so the protocol it reports is the one a browser would use.
 */
export function toSafeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return SAFE_LINK_PROTOCOLS.has(parsed.protocol) ? url : undefined;
}
