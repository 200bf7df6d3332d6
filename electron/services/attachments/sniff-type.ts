import type { AttachmentMime } from '../../../shared/chat/attachment';

export const ACCEPTED_TYPES = 'PNG, JPEG, GIF, WebP or PDF';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Accepted types by their magic bytes: the file name's extension is never trusted. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentMime | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  // The PDF header may follow a little junk; readers accept it within the first 1024 bytes.
  if (findAscii(bytes.subarray(0, 1024), '%PDF-') >= 0) return 'application/pdf';
  return undefined;
}

/** What an unaccepted file looks like, so the error can name it. */
export function describeOtherType(bytes: Uint8Array): string {
  const known: [readonly number[], string, number?][] = [
    [ascii('BM'), 'a BMP image'],
    [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
    [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
    [ascii('ftypheic'), 'a HEIC image', 4],
    [ascii('ftypavif'), 'an AVIF image', 4],
    [ascii('PK\u0003\u0004'), 'a ZIP archive (or an Office document)'],
    [[0x1f, 0x8b], 'a gzip archive'],
    [ascii('<svg'), 'an SVG image'],
    [ascii('ID3'), 'an MP3 audio file'],
    [ascii('ftyp'), 'a video file', 4],
  ];
  for (const [signature, name, offset] of known) if (startsWith(bytes, signature, offset)) return name;
  return looksLikeText(bytes) ? 'a text file' : 'an unrecognised binary file';
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  return sample.length > 0 && sample.every((byte) => byte === 0x09 || byte === 0x0a || byte === 0x0d || byte >= 0x20);
}

export function findAscii(bytes: Uint8Array, text: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text, 0, 'latin1');
}
