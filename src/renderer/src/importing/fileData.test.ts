import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './fileData';

describe('bytesToBase64', () => {
  it('encodes every byte value, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    const decoded = Uint8Array.from(atob(bytesToBase64(bytes)), (char) => char.charCodeAt(0));
    expect(decoded).toEqual(bytes);
    expect(bytesToBase64(Uint8Array.from([0x47, 0x6c, 0x6f, 0x73, 0x73, 0xff]))).toBe('R2xvc3P/');
    expect(bytesToBase64(new Uint8Array(0))).toBe('');
  });
});
