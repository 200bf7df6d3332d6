export interface DataUrl {
  /** Lower-case media type without parameters; `text/plain` when the URL names none (RFC 2397). */
  mediaType: string;
  /** The payload after the comma, untouched. */
  data: string;
  base64: boolean;
}

/**
 * Parses `data:[<mediatype>][;param=value…][;base64],<data>` (RFC 2397), tolerating
 * extra parameters such as `;charset=utf-8` and a JSON-escaped `image\/png`.
 * Returns undefined for anything that is not a data URL.
 */
export function parseDataUrl(url: string): DataUrl | undefined {
  if (!/^data:/i.test(url)) return undefined;
  const comma = url.indexOf(',');
  if (comma < 0) return undefined;
  const header = url.slice('data:'.length, comma).replaceAll('\\/', '/');
  const [type = '', ...params] = header.split(';').map((piece) => piece.trim());
  const base64 = params.some((param) => param.toLowerCase() === 'base64');
  return { mediaType: type === '' ? 'text/plain' : type.toLowerCase(), data: url.slice(comma + 1), base64 };
}
