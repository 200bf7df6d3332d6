import { describe, expect, it } from 'vitest';
import { AttachmentError } from './errors';
import { inspectAttachment } from './inspect';
import { MAX_IMAGE_BYTES, MAX_PDF_BYTES, MAX_PDF_PAGES } from './limits';
import { gifHeader, jpegHeader, makePdf, tinyPng, truncatedPdf, webpHeader } from './test-files';

function failure(bytes: Uint8Array, name: string): AttachmentError {
  try {
    inspectAttachment(bytes, name);
  } catch (error) {
    if (error instanceof AttachmentError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('inspectAttachment', () => {
  it.each([
    ['shot.png', tinyPng(), 'image/png'],
    ['photo.jpg', jpegHeader(), 'image/jpeg'],
    ['anim.gif', gifHeader(), 'image/gif'],
    ['pic.webp', webpHeader(), 'image/webp'],
    // The extension is not trusted: a PNG named .jpg is a PNG.
    ['misnamed.jpg', tinyPng(), 'image/png'],
  ])('recognises %s by its bytes', (name, bytes, mime) => {
    const ref = inspectAttachment(bytes, name);
    expect(ref).toMatchObject({ name, mime, size: bytes.length });
    expect(ref.id).toMatch(/^[0-9a-f]{64}$/);
    expect(ref.pages).toBeUndefined();
  });

  it.each([1, 3, 7])('counts the pages of a %i-page PDF', (pages) => {
    expect(inspectAttachment(makePdf({ pages }), 'doc.pdf')).toMatchObject({ mime: 'application/pdf', pages });
  });

  it('counts pages kept in a compressed object stream', () => {
    expect(inspectAttachment(makePdf({ pages: 4, objectStream: true }), 'new.pdf').pages).toBe(4);
  });

  it('gives the same id to the same bytes, whatever the name', () => {
    expect(inspectAttachment(tinyPng(), 'a.png').id).toBe(inspectAttachment(tinyPng(), 'b.png').id);
  });

  it.each([
    ['notes.txt', Buffer.from('hello there\n'), /"notes.txt" is a text file; Duet attaches PNG, JPEG, GIF, WebP or PDF files/],
    ['scan.bmp', Buffer.concat([Buffer.from('BM'), Buffer.alloc(40, 1)]), /"scan.bmp" is a BMP image/],
    ['report.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(20)]), /ZIP archive/],
    ['blob.bin', Buffer.from([0, 1, 2, 3, 0xfe]), /unrecognised binary file/],
    ['empty.png', Buffer.alloc(0), /"empty.png" is empty/],
    ['cut.pdf', truncatedPdf(), /"cut.pdf" cannot be read as a PDF: .*truncated/],
    ['locked.pdf', makePdf({ pages: 2, encrypted: true }), /"locked.pdf" cannot be read as a PDF: it is encrypted \(password-protected\)/],
    ['blank.pdf', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'), /no pages could be found/],
  ])('refuses %s with a reason', (name, bytes, message) => {
    const error = failure(bytes, name);
    expect(error.code).toBe('invalid_request');
    expect(error.message).toMatch(message);
  });

  it('refuses a PDF over the page limit, naming both numbers', () => {
    const error = failure(makePdf({ pages: MAX_PDF_PAGES + 1 }), 'book.pdf');
    expect(error.message).toContain(`"book.pdf" has ${MAX_PDF_PAGES + 1} pages; Claude reads at most ${MAX_PDF_PAGES} pages`);
  });

  it('refuses an image over the per-image limit', () => {
    const big = Buffer.concat([tinyPng(), Buffer.alloc(MAX_IMAGE_BYTES)]);
    const error = failure(big, 'huge.png');
    expect(error.code).toBe('request_too_large');
    expect(error.message).toMatch(/"huge.png" is 5\.0 MB; images can be at most 5\.0 MB/);
  });

  it('refuses a PDF that would not fit the request limit once encoded', () => {
    const pdf = makePdf({ pages: 1 });
    const big = Buffer.concat([pdf.subarray(0, 20), Buffer.alloc(MAX_PDF_BYTES), pdf.subarray(20)]);
    expect(failure(big, 'scan.pdf')).toMatchObject({ code: 'request_too_large', message: expect.stringMatching(/32 MB request limit/) });
  });
});
