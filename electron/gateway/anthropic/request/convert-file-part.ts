import type { DocumentBlockParam, ImageBlockParam } from '@anthropic-ai/sdk/resources/messages/messages';
import type { UserContentPart } from '../../../../shared/chat/request-schema';
import { invalidRequest } from '../../errors';
import { buildMediaBlock, type MediaPayload } from './build-media-block';
import { buildUrlDocument } from './build-url-document';
import { documentExtras, type DocumentOptions } from './document-extras';
import { parseDataUrl } from './parse-data-url';

type FilePart = Extract<UserContentPart, { type: 'file' }>;

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  md: 'text/plain',
  csv: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/**
 * OpenAI `file` part → document (or image). `file_data` may be a data URL or bare
 * base64 (typed by `format` or the filename's extension); `file_url` is a URL PDF;
 * `file_id` an Anthropic Files API id. The filename becomes the document title.
 * https://platform.claude.com/docs/en/build-with-claude/pdf-support
 * https://platform.claude.com/docs/en/build-with-claude/files
 */
export function convertFilePart(part: FilePart, path: string): ImageBlockParam | DocumentBlockParam {
  const { file_data, file_id, file_url, filename, format } = part.file;
  if ([file_data, file_id, file_url].filter((value) => value !== undefined).length !== 1) {
    throw invalidRequest(`${path}.file: give exactly one of file_data, file_id or file_url.`, `${path}.file`);
  }
  const options: DocumentOptions = {
    title: part.title ?? filename,
    context: part.context,
    citations: part.citations,
    cache_control: part.cache_control,
  };
  if (file_url !== undefined) return buildUrlDocument(file_url, options, `${path}.file.file_url`);
  if (file_id !== undefined) return fileReference(file_id, format, options);
  return buildMediaBlock(payloadOf(file_data ?? '', filename, format, `${path}.file.file_data`), options, `${path}.file.file_data`);
}

function payloadOf(fileData: string, filename: string | undefined, format: string | undefined, path: string): MediaPayload {
  const dataUrl = parseDataUrl(fileData);
  const named = format?.toLowerCase() ?? typeOfFilename(filename);
  if (dataUrl) {
    // A generic data URL type says nothing; the filename may.
    return dataUrl.mediaType === 'application/octet-stream' && named ? { ...dataUrl, mediaType: named } : dataUrl;
  }
  if (!named) {
    throw invalidRequest(`${path}: cannot tell the file type of bare base64 data; send a data URL, a "format", or a filename such as report.pdf.`, path);
  }
  return { mediaType: named, data: fileData, base64: true };
}

function typeOfFilename(filename: string | undefined): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  return extension ? BY_EXTENSION[extension] : undefined;
}

function fileReference(fileId: string, format: string | undefined, options: DocumentOptions): ImageBlockParam | DocumentBlockParam {
  const cache = options.cache_control ? { cache_control: options.cache_control } : {};
  if (format?.toLowerCase().startsWith('image/')) return { type: 'image', source: { type: 'file', file_id: fileId }, ...cache };
  return { type: 'document', source: { type: 'file', file_id: fileId }, ...documentExtras(options) };
}
