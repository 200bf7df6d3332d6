import { describe, expect, it } from 'vitest';
import type { UserContentPart } from '../../../../shared/chat/request-schema';
import { convertContentPart, type UserBlock } from './convert-content-part';
import { expectInvalidRequest } from './expect-invalid-request';

const PATH = 'messages.2.content.1';
const eph = { type: 'ephemeral', ttl: '1h' } as const;
const hello = Buffer.from('Hello, document').toString('base64');

describe('convertContentPart', () => {
  it.each<[string, UserContentPart, UserBlock | undefined]>([
    ['A7 text part with cache_control (ttl kept)', { type: 'text', text: 'hi', cache_control: eph }, { type: 'text', text: 'hi', cache_control: eph }],
    ['A6 empty text is not sent', { type: 'text', text: '   ' }, undefined],
    [
      'A8 image data URL → base64 image',
      { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBOR', detail: 'high' } },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBOR' } },
    ],
    [
      'A8 image/jpg is read as image/jpeg, part cache_control kept',
      { type: 'image_url', image_url: { url: 'data:image/jpg;base64,/9j/' }, cache_control: eph },
      { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: '/9j/' }, cache_control: eph },
    ],
    [
      'A9 https image URL → url source (no server-side fetch)',
      { type: 'image_url', image_url: { url: 'https://example.com/cat.webp' } },
      { type: 'image', source: { type: 'url', url: 'https://example.com/cat.webp' } },
    ],
    [
      'A9 an http(s) URL ending in .pdf → url document',
      { type: 'image_url', image_url: { url: 'https://example.com/paper.PDF?x=1' } },
      { type: 'document', source: { type: 'url', url: 'https://example.com/paper.PDF?x=1' } },
    ],
    [
      'A10 data:application/pdf via image_url → base64 document',
      { type: 'image_url', image_url: { url: 'data:application/pdf;base64,JVBERi0' } },
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0' } },
    ],
    [
      'A12 data:text/plain → text document, decoded',
      { type: 'image_url', image_url: { url: `data:text/plain;base64,${hello}` } },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Hello, document' } },
    ],
    [
      'A11 file.file_data data URL (PDF) → base64 document, filename as title, context and citations kept',
      {
        type: 'file',
        file: { file_data: 'data:application/pdf;base64,JVBERi0', filename: 'report.pdf' },
        context: 'Q3 numbers',
        citations: { enabled: true },
        cache_control: eph,
      },
      {
        type: 'document',
        source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0' },
        title: 'report.pdf',
        context: 'Q3 numbers',
        citations: { enabled: true },
        cache_control: eph,
      },
    ],
    [
      'A11 bare base64 file_data with a *.pdf filename; an explicit title wins',
      { type: 'file', file: { file_data: 'JVBERi0', filename: 'scan.pdf' }, title: 'The scan' },
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0' }, title: 'The scan' },
    ],
    [
      'A12 text/plain file_data → text document',
      { type: 'file', file: { file_data: `data:text/plain;base64,${hello}`, filename: 'notes.txt' }, citations: { enabled: false } },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Hello, document' }, title: 'notes.txt', citations: { enabled: false } },
    ],
    [
      'A11 an image file_data → base64 image (no title on images)',
      { type: 'file', file: { file_data: 'iVBOR', filename: 'chart.png' } },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBOR' } },
    ],
    [
      'A13 file_url part → url document with title',
      { type: 'file_url', file_url: { url: 'https://example.com/a.pdf' }, title: 'A', citations: { enabled: true } },
      { type: 'document', source: { type: 'url', url: 'https://example.com/a.pdf' }, title: 'A', citations: { enabled: true } },
    ],
    [
      'A13 file.file_url → url document',
      { type: 'file', file: { file_url: 'https://example.com/b.pdf' } },
      { type: 'document', source: { type: 'url', url: 'https://example.com/b.pdf' } },
    ],
    [
      'A13 file.file_id → Files API document source',
      { type: 'file', file: { file_id: 'file_011CN', filename: 'spec.pdf' } },
      { type: 'document', source: { type: 'file', file_id: 'file_011CN' }, title: 'spec.pdf' },
    ],
    [
      'A13 file.file_id with an image format → Files API image source',
      { type: 'file', file: { file_id: 'file_img', format: 'image/png' } },
      { type: 'image', source: { type: 'file', file_id: 'file_img' } },
    ],
    [
      'A14 native document passes through, citations flags kept',
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'The grass is green.' }, title: 'My Document', citations: { enabled: true } },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'The grass is green.' }, title: 'My Document', citations: { enabled: true } },
    ],
    [
      'A14 native search_result passes through',
      { type: 'search_result', source: 'https://kb/1', title: 'KB 1', content: [{ type: 'text', text: 'fact' }], citations: { enabled: true } },
      { type: 'search_result', source: 'https://kb/1', title: 'KB 1', content: [{ type: 'text', text: 'fact' }], citations: { enabled: true } },
    ],
  ])('%s', (_name, part, expected) => {
    expect(convertContentPart(part, PATH)).toEqual(expected);
  });

  it.each<[string, UserContentPart, string, RegExp]>([
    ['A8 unsupported image media type', { type: 'image_url', image_url: { url: 'data:image/bmp;base64,Qk0' } }, `${PATH}.image_url.url`, /image\/bmp/],
    ['A10 other non-image MIME via image_url', { type: 'image_url', image_url: { url: 'data:application/zip;base64,UEs' } }, `${PATH}.image_url.url`, /application\/zip/],
    ['A8 an image data URL that is not base64', { type: 'image_url', image_url: { url: 'data:image/png,raw' } }, `${PATH}.image_url.url`, /base64/],
    ['A9 a URL scheme other than data/http(s)', { type: 'image_url', image_url: { url: 'file:///etc/passwd' } }, `${PATH}.image_url.url`, /http/],
    ['A11 bare base64 with no way to tell its type', { type: 'file', file: { file_data: 'JVBERi0' } }, `${PATH}.file.file_data`, /data URL/],
    ['A11 a file part with two sources', { type: 'file', file: { file_data: 'x', file_id: 'y' } }, `${PATH}.file`, /exactly one/],
    ['A11 a file part with no source', { type: 'file', file: { filename: 'a.pdf' } }, `${PATH}.file`, /exactly one/],
    ['A13 a file_url that is not http(s)', { type: 'file_url', file_url: { url: 'ftp://x/a.pdf' } }, `${PATH}.file_url.url`, /http/],
    ['2026-10-21: citations on user text', { type: 'text', text: 'x', citations: [{ type: 'char_location' }] }, `${PATH}.citations`, /assistant/],
  ])('400 %s names %s', (_name, part, param, message) => {
    expectInvalidRequest(() => convertContentPart(part, PATH), param, message);
  });
});
