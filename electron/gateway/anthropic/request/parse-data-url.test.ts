import { describe, expect, it } from 'vitest';
import { parseDataUrl } from './parse-data-url';

describe('parseDataUrl (A8, A10; reference vector 17)', () => {
  it.each([
    ['data:image/png;base64,iVBOR', { mediaType: 'image/png', data: 'iVBOR', base64: true }],
    ['data:image/jpeg;base64,1234', { mediaType: 'image/jpeg', data: '1234', base64: true }],
    ['data:application/pdf;base64,1234', { mediaType: 'application/pdf', data: '1234', base64: true }],
    ['data:image\\/jpeg;base64,1234', { mediaType: 'image/jpeg', data: '1234', base64: true }],
    ['DATA:Image/PNG;name=a.png;BASE64,xyz', { mediaType: 'image/png', data: 'xyz', base64: true }],
    ['data:text/plain;charset=utf-8,hello%20world', { mediaType: 'text/plain', data: 'hello%20world', base64: false }],
    ['data:,plain', { mediaType: 'text/plain', data: 'plain', base64: false }],
  ])('parses %s', (url, expected) => {
    expect(parseDataUrl(url)).toEqual(expected);
  });

  it.each(['https://example.com/a.png', 'data:image/png;base64', ''])('returns undefined for %s', (url) => {
    expect(parseDataUrl(url)).toBeUndefined();
  });
});
