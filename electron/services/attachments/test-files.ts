import { crc32, deflateSync } from 'node:zlib';

/**
 * Small real files built in code, for unit, integration and e2e tests: a 1×1 PNG, image
 * headers, and PDFs with a correct cross-reference table (optionally encrypted, truncated,
 * or with the page tree inside a compressed object stream).
 */
export function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const pixels = deflateSync(Buffer.from([0, 0xd9, 0x77, 0x57])); // filter byte + one orange-ish pixel
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

export const jpegHeader = (): Buffer => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.alloc(32)]);
export const gifHeader = (): Buffer => Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([1, 0, 1, 0, 0, 0, 0]), Buffer.from(';')]);
export const webpHeader = (): Buffer => Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 ', 'latin1'), Buffer.alloc(18)]);

export interface PdfOptions {
  pages: number;
  /** Adds a standard-security /Encrypt dictionary to the trailer, as a password-protected PDF has. */
  encrypted?: boolean;
  /** Keeps the page tree inside a FlateDecode object stream (PDF 1.5). */
  objectStream?: boolean;
  /** The line of text drawn on page n (1-based); "Page n" by default. */
  pageText?: (page: number) => string;
}

export function makePdf({ pages, encrypted = false, objectStream = false, pageText = (page) => `Page ${page}` }: PdfOptions): Buffer {
  const pageIds = Array.from({ length: pages }, (_, index) => 4 + index * 2);
  const pageTree = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`;
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', objectStream ? '' : pageTree, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  pageIds.forEach((id, index) => {
    const text = `BT /F1 24 Tf 72 720 Td (${pageText(index + 1).replace(/[\\()]/g, '\\$&')}) Tj ET`;
    objects[id - 1] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id] = `<< /Length ${text.length} >>\nstream\n${text}\nendstream`;
  });
  if (objectStream) {
    const packed = deflateSync(Buffer.from(`2 0 ${pageTree}`, 'latin1'));
    objects.push(`<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${packed.length} >>\nstream\n${packed.toString('latin1')}\nendstream`);
    objects[1] = '<< >>'; // object 2 lives in the stream; this stands in for the xref stream a real writer would emit
  }
  if (encrypted) objects.push(`<< /Filter /Standard /V 2 /R 3 /Length 128 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -3904 >>`);
  let body = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encrypt = encrypted ? ` /Encrypt ${objects.length} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PDF cut off mid-download. */
export const truncatedPdf = (): Buffer => makePdf({ pages: 3 }).subarray(0, 300);
