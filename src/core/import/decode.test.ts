import { describe, expect, it } from 'vitest';
import { thrown } from '../library/testing';
import { decodeFileText } from './decode';

const sentence = 'Café au lait, naïve façade, “quotes” and déjà vu — 5 € each.\n';

const utf16 = (text: string, order: 'le' | 'be'): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes[order === 'le' ? 2 * i : 2 * i + 1] = code & 0xff;
    bytes[order === 'le' ? 2 * i + 1 : 2 * i] = code >> 8;
  }
  return bytes;
};

const withPrefix = (prefix: number[], bytes: Uint8Array): Uint8Array =>
  Uint8Array.from([...prefix, ...bytes]);

/** Windows-1252 bytes of Western text: curly quotes, dash and euro in 0x80–0x9F. */
const cp1252: Record<string, number> = { '“': 0x93, '”': 0x94, '—': 0x97, '€': 0x80 };
const windows1252 = (text: string): Uint8Array =>
  Uint8Array.from([...text].map((char) => cp1252[char] ?? char.charCodeAt(0)));

describe('decodeFileText', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    const utf8 = new TextEncoder().encode(sentence);
    expect(decodeFileText('a.txt', utf8)).toBe(sentence);
    expect(decodeFileText('a.txt', withPrefix([0xef, 0xbb, 0xbf], utf8))).toBe(sentence);
  });

  it('reads UTF-16 little- and big-endian by their BOM', () => {
    expect(decodeFileText('a.txt', withPrefix([0xff, 0xfe], utf16(sentence, 'le')))).toBe(sentence);
    expect(decodeFileText('a.txt', withPrefix([0xfe, 0xff], utf16(sentence, 'be')))).toBe(sentence);
  });

  it('reads UTF-16 written without a BOM', () => {
    const text = 'Plain English text written by a Windows tool.\r\n';
    expect(decodeFileText('a.txt', utf16(text, 'le'))).toBe(text);
    expect(decodeFileText('a.txt', utf16(text, 'be'))).toBe(text);
  });

  it('reads Latin-1 (ISO-8859-1) bytes', () => {
    const text = 'Café au lait, naïve façade, über Straße, déjà vu, señor.\n';
    const latin1 = Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
    expect(decodeFileText('a.txt', latin1)).toBe(text);
  });

  it('reads Windows-1252 bytes, curly quotes and euro sign included', () => {
    const text = '“Hi” — a café in São Paulo costs €5, señor.\n';
    expect(decodeFileText('a.txt', windows1252(text))).toBe(text);
  });

  it('prefers the encoding an HTML file declares', () => {
    const bytes = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]);
    expect(decodeFileText('a.html', bytes, { declaredEncoding: 'iso-8859-7' })).toBe('cafι');
  });

  it('refuses binary data, naming the file', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0x21, 0x33]);
    const controls = Uint8Array.from(
      Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x41)),
    );
    for (const bytes of [png, zip, controls]) {
      const error = thrown(() => decodeFileText('picture.txt', bytes));
      expect(error.code).toBe('unsupported_file');
      expect(error.message).toBe('“picture.txt” looks like a binary file, not text.');
    }
  });

  it('keeps tabs, form feeds and line breaks of real text', () => {
    const text = 'Column\tvalue\r\nNext page\fhere\n';
    expect(decodeFileText('a.txt', new TextEncoder().encode(text))).toBe(text);
  });
});
