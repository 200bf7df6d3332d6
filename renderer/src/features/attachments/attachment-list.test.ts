import { describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../../../../shared/chat/attachment';
import { addAttachment, describeAttachError, describePages, formatSize, removeAttachment, updateAttachment } from './attachment-list';

const png: AttachmentRef = { id: 'a'.repeat(64), name: 'a.png', mime: 'image/png', size: 10 };
const pdf: AttachmentRef = { id: 'b'.repeat(64), name: 'b.pdf', mime: 'application/pdf', size: 2048, pages: 3 };

describe('attachment list', () => {
  it.each([
    [10, '1 KB'],
    [2048, '2 KB'],
    [1024 * 1024 - 1, '1024 KB'],
    [1024 * 1024, '1.0 MB'],
    [5.5 * 1024 * 1024, '5.5 MB'],
  ])('formats %i bytes as %s', (bytes, text) => expect(formatSize(bytes)).toBe(text));

  it.each([
    [1, '1 page'],
    [12, '12 pages'],
  ])('counts %i pages', (pages, text) => expect(describePages(pages)).toBe(text));

  it('adds once per content, removes by id, and patches only the one file', () => {
    const list = addAttachment(addAttachment([png], pdf), { ...png, name: 'copy.png' });
    expect(list.map((item) => item.name)).toEqual(['a.png', 'b.pdf']);
    expect(removeAttachment(list, png.id)).toEqual([pdf]);
    expect(updateAttachment(list, pdf.id, { citations: true, title: 'T' })).toEqual([png, { ...pdf, citations: true, title: 'T' }]);
  });

  it.each([
    ['x.txt', '"x.txt" is a text file; …', '"x.txt" is a text file; …'],
    ['x.txt', 'Lost contact with the host.', '"x.txt": Lost contact with the host.'],
  ])('names %s in the error', (name, message, expected) => {
    expect(describeAttachError(name, { code: 'invalid_request', message, retryable: false })).toBe(expected);
  });
});
