import type { RunMessage, RunRequest, RunUserContentPart } from '../../../../shared/contract';

/**
 * A document block of the request, as far as the renderer can see it. Attachments are known by
 * id (the host holds their bytes); inline text is known in full; the rest only by title.
 */
export type RequestDocument =
  | { source: 'attachment'; title: string; id: string }
  | { source: 'pdf_data'; title: string; base64: string }
  | { source: 'text'; title: string; text: string }
  | { source: 'content'; title: string; blocks: string[] }
  | { source: 'elsewhere'; title: string };

interface DataUrl {
  mediaType: string;
  data: string;
  base64: boolean;
}

/**
 * The request's document blocks in the order Anthropic numbers them (a citation's
 * `document_index`), mirroring the gateway's translation: system messages carry none; user and
 * tool messages between two assistant turns form one user turn whose tool results come first;
 * images and search results are not documents. A document's title is its `title`, else its filename.
 * https://platform.claude.com/docs/en/build-with-claude/citations
 */
export function listRequestDocuments(request: RunRequest | undefined): RequestDocument[] {
  if (!request) return [];
  const documents: RequestDocument[] = [];
  let results: RequestDocument[] = [];
  let blocks: RequestDocument[] = [];
  const endTurn = () => {
    documents.push(...results, ...blocks);
    results = [];
    blocks = [];
  };
  for (const message of request.messages) {
    if (message.role === 'assistant') endTurn();
    else if (message.role === 'user') blocks.push(...partsOf(message).flatMap(toDocument));
    else if (message.role === 'tool') results.push(...partsOf(message).flatMap(toDocument));
  }
  endTurn();
  return documents;
}

function partsOf(message: Extract<RunMessage, { role: 'user' | 'tool' }>): RunUserContentPart[] {
  return typeof message.content === 'string' ? [] : (message.content as RunUserContentPart[]);
}

function toDocument(part: RunUserContentPart): RequestDocument[] {
  switch (part.type) {
    case 'duet_attachment':
      // Only PDFs become documents; the part itself does not say its type, but only PDFs carry
      // document options, and a picked PDF keeps its name.
      if (!/\.pdf$/i.test(part.attachment.name) && !part.citations && part.title === undefined && part.context === undefined) return [];
      return [{ source: 'attachment', title: part.title ?? part.attachment.name, id: part.attachment.id }];
    case 'file':
      return fileDocument(part);
    case 'file_url':
      return [{ source: 'elsewhere', title: part.title ?? part.file_url.url }];
    case 'image_url':
      return imageUrlDocument(part.image_url.url);
    case 'document':
      return [nativeDocument(part)];
    default:
      return [];
  }
}

type FilePart = Extract<RunUserContentPart, { type: 'file' }>;

function fileDocument(part: FilePart): RequestDocument[] {
  const { file_data, file_id, file_url, filename, format } = part.file;
  const title = part.title ?? filename ?? 'Document';
  if (file_url !== undefined) return [{ source: 'elsewhere', title }];
  if (file_id !== undefined) return format?.toLowerCase().startsWith('image/') ? [] : [{ source: 'elsewhere', title }];
  const parsed = parseDataUrl(file_data ?? '');
  const named = format?.toLowerCase() ?? typeOfFilename(filename);
  if (!parsed) return inlineDocument({ mediaType: named ?? '', data: file_data ?? '', base64: true }, title);
  // A generic data URL type says nothing; the filename may.
  return inlineDocument(parsed.mediaType === 'application/octet-stream' && named ? { ...parsed, mediaType: named } : parsed, title);
}

function imageUrlDocument(url: string): RequestDocument[] {
  const parsed = parseDataUrl(url);
  if (parsed) return inlineDocument(parsed, 'Document');
  return /^https?:\/\/[^?#]*\.pdf(?:[?#]|$)/i.test(url) ? [{ source: 'elsewhere', title: url }] : [];
}

function inlineDocument(payload: DataUrl, title: string): RequestDocument[] {
  if (payload.mediaType === 'application/pdf') return [{ source: 'pdf_data', title, base64: payload.data }];
  if (payload.mediaType.startsWith('text/')) return [{ source: 'text', title, text: decodeText(payload) }];
  return [];
}

/** Anthropic's own document block, passed through by the gateway. */
function nativeDocument(part: Record<string, unknown>): RequestDocument {
  const title = typeof part.title === 'string' ? part.title : 'Document';
  const source = (typeof part.source === 'object' && part.source !== null ? part.source : {}) as Record<string, unknown>;
  if (source.type === 'text' && typeof source.data === 'string') return { source: 'text', title, text: source.data };
  if (source.type === 'base64' && source.media_type === 'application/pdf' && typeof source.data === 'string') return { source: 'pdf_data', title, base64: source.data };
  if (source.type === 'content') return { source: 'content', title, blocks: contentBlocks(source.content) };
  return { source: 'elsewhere', title };
}

function contentBlocks(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content)) return [];
  return content.map((block: unknown) => (typeof block === 'object' && block !== null && 'text' in block && typeof block.text === 'string' ? block.text : ''));
}

const EXTENSION_TYPES: Record<string, string> = { pdf: 'application/pdf', txt: 'text/plain', md: 'text/plain', csv: 'text/plain' };

function typeOfFilename(filename: string | undefined): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  return extension ? EXTENSION_TYPES[extension] : undefined;
}

/** `data:[<type>][;params][;base64],<data>` (RFC 2397), as the gateway reads it; no regex over the payload. */
function parseDataUrl(url: string): DataUrl | undefined {
  if (!/^data:/i.test(url)) return undefined;
  const comma = url.indexOf(',');
  if (comma < 0) return undefined;
  const [type = '', ...params] = url.slice('data:'.length, comma).replaceAll('\\/', '/').split(';').map((piece) => piece.trim());
  return { mediaType: type === '' ? 'text/plain' : type.toLowerCase(), data: url.slice(comma + 1), base64: params.some((param) => param.toLowerCase() === 'base64') };
}

function decodeText(payload: DataUrl): string {
  try {
    if (!payload.base64) return decodeURIComponent(payload.data);
    const binary = atob(payload.data);
    return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return '';
  }
}
