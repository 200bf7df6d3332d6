import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('base64', () => {
  it.each([
    ['nothing', []],
    ['one byte', [0]],
    ['two bytes', [255, 1]],
    ['three bytes', [1, 2, 3]],
    ['every byte value', Array.from({ length: 256 }, (_, i) => i)],
  ])('round-trips %s as Node encodes it', (_case, values) => {
    const bytes = Uint8Array.from(values);
    const encoded = bytesToBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect([...base64ToBytes(encoded)]).toEqual(values);
  });

  it('encodes more bytes than one slice holds', () => {
    const bytes = Uint8Array.from({ length: 200_001 }, (_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
