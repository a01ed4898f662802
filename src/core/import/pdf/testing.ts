import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFFont } from 'pdf-lib';

/*
 * PDF fixtures built in code, for tests and the bench: what a page shows is laid out here line
 * by line, so a test knows exactly what the reader must make of it.
 */

export interface FixtureLine {
  text: string;
  x: number;
  /** From the top of the page, as one reads it. */
  top: number;
  size?: number;
  bold?: boolean;
}

export interface FixturePage {
  lines: FixtureLine[];
  /** Draw a picture (a PNG) instead of any text. */
  image?: boolean;
  rotate?: 0 | 90 | 180 | 270;
}

export interface FixtureOptions {
  title?: string;
  author?: string;
  created?: Date;
  pageLabels?: string[];
  outline?: { title: string; page: number }[];
}

export const pageSize = { width: 612, height: 792 } as const;

/** A 2×2 grey PNG, made by hand: the smallest honest picture a page can show. */
export const tinyPng = (): Uint8Array => {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const pixels = Buffer.from([0, 128, 128, 0, 128, 128]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(pixels)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
};

const addOutline = (pdf: PDFDocument, outline: NonNullable<FixtureOptions['outline']>) => {
  const context = pdf.context;
  const outlinesRef = context.nextRef();
  const refs = outline.map(() => context.nextRef());
  outline.forEach((item, index) => {
    const page = pdf.getPage(item.page - 1);
    const entry = context.obj({
      Title: PDFString.of(item.title),
      Parent: outlinesRef,
      Dest: [page.ref, PDFName.of('XYZ'), null, null, null],
    });
    const previous = refs[index - 1];
    const next = refs[index + 1];
    if (previous) entry.set(PDFName.of('Prev'), previous);
    if (next) entry.set(PDFName.of('Next'), next);
    const ref = refs[index];
    if (ref) context.assign(ref, entry);
  });
  const first = refs[0];
  const last = refs.at(-1);
  if (!first || !last) return;
  context.assign(
    outlinesRef,
    context.obj({ Type: 'Outlines', First: first, Last: last, Count: refs.length }),
  );
  pdf.catalog.set(PDFName.of('Outlines'), outlinesRef);
};

const addPageLabels = (pdf: PDFDocument, labels: readonly string[]) => {
  // One numbering range per page, each a prefix-only label: the simplest faithful encoding.
  const nums = labels.flatMap((label, index) => [
    index,
    pdf.context.obj({ P: PDFString.of(label) }),
  ]);
  pdf.catalog.set(PDFName.of('PageLabels'), pdf.context.obj({ Nums: nums }));
};

/** A PDF whose pages show exactly the given lines (Times, bold lines in Times Bold). */
export const buildPdf = async (
  pages: readonly FixturePage[],
  options: FixtureOptions = {},
): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create();
  const fonts: { regular: PDFFont; bold: PDFFont } = {
    regular: await pdf.embedFont(StandardFonts.TimesRoman),
    bold: await pdf.embedFont(StandardFonts.TimesRomanBold),
  };
  for (const fixture of pages) {
    const page = pdf.addPage([pageSize.width, pageSize.height]);
    if (fixture.rotate) page.setRotation({ type: 'degrees', angle: fixture.rotate } as never);
    if (fixture.image) {
      const image = await pdf.embedPng(tinyPng());
      page.drawImage(image, { x: 50, y: 50, width: 500, height: 680 });
    }
    for (const line of fixture.lines) {
      const size = line.size ?? 10;
      page.drawText(line.text, {
        x: line.x,
        y: pageSize.height - line.top,
        size,
        font: line.bold ? fonts.bold : fonts.regular,
      });
    }
  }
  if (options.title) pdf.setTitle(options.title);
  if (options.author) pdf.setAuthor(options.author);
  pdf.setCreationDate(options.created ?? new Date('2024-03-01T12:00:00Z'));
  if (options.outline) addOutline(pdf, options.outline);
  if (options.pageLabels) addPageLabels(pdf, options.pageLabels);
  return pdf.save({ useObjectStreams: false });
};

const words =
  'the reader keeps every page of the paper in mind while information about columns and ' +
  'hyphenation flows through sentences that measure attention memory evidence argument ' +
  'method result discussion between several experiments conducted carefully over years';

/**
 * A two-column paper of `pageCount` pages, as a conference template sets one: a running head
 * and a page number on every page, a section heading in bold now and then, justified lines
 * whose last word is sometimes hyphenated. Deterministic for a given page count.
 */
export const buildPaper = async (pageCount: number): Promise<Uint8Array> => {
  const vocabulary = words.split(' ');
  let cursor = 0;
  const nextWord = () => vocabulary[cursor++ % vocabulary.length] ?? 'word';
  const pages: FixturePage[] = [];
  for (let number = 1; number <= pageCount; number += 1) {
    const lines: FixtureLine[] = [
      { text: 'Proceedings of the Workshop on Reading', x: 200, top: 40, size: 8 },
      { text: String(number), x: 300, top: 760, size: 8 },
    ];
    for (const x of [72, 318]) {
      for (let row = 0; row < 60; row += 1) {
        const top = 80 + row * 11;
        if (row % 20 === 0) {
          lines.push({
            text: `${number}.${row / 20 + 1} Section ${nextWord()}`,
            x,
            top,
            bold: true,
          });
          continue;
        }
        const line = Array.from({ length: 5 }, nextWord).join(' ');
        lines.push({
          text: row % 5 === 4 ? `${line} infor-` : row % 5 === 0 ? `mation ${line}` : line,
          x,
          top,
        });
      }
    }
    pages.push({ lines });
  }
  return buildPdf(pages, { title: 'A Paper in Two Columns', author: 'Ada Reader' });
};

// --- A password-protected PDF, encrypted by hand (pdf-lib cannot encrypt). ---

const padding = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

const rc4 = (key: Buffer, data: Buffer): Buffer => {
  const state = Array.from({ length: 256 }, (_, index) => index);
  let j = 0;
  for (let i = 0; i < 256; i += 1) {
    j = (j + (state[i] ?? 0) + (key[i % key.length] ?? 0)) & 255;
    [state[i], state[j]] = [state[j] ?? 0, state[i] ?? 0];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let index = 0; index < data.length; index += 1) {
    i = (i + 1) & 255;
    j = (j + (state[i] ?? 0)) & 255;
    [state[i], state[j]] = [state[j] ?? 0, state[i] ?? 0];
    out[index] = (data[index] ?? 0) ^ (state[((state[i] ?? 0) + (state[j] ?? 0)) & 255] ?? 0);
  }
  return out;
};

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string): Buffer =>
  Buffer.concat([Buffer.from(password, 'latin1'), padding]).subarray(0, 32);

/**
 * A one-page PDF encrypted with the standard security handler (revision 2, 40-bit RC4) under
 * the user password `password`: what any viewer asks a password for. Written out by hand,
 * following the PDF specification's algorithms 2, 3 and 4.
 */
export const buildEncryptedPdf = (password: string, text: string): Uint8Array => {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const owner = rc4(md5(padded(`${password}-owner`)).subarray(0, 5), padded(password));
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-4);
  const key = md5(padded(password), owner, permissions, id).subarray(0, 5);
  const user = rc4(key, padding);
  const objectKey = (number: number) =>
    md5(key, Buffer.from([number & 255, (number >> 8) & 255, 0, 0, 0])).subarray(0, 10);
  const content = rc4(
    objectKey(4),
    Buffer.from(`BT /F1 12 Tf 72 700 Td (${text}) Tj ET`, 'latin1'),
  );
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'),
      content,
      Buffer.from('\nendstream', 'latin1'),
    ]),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P -4 >>`,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  objects.forEach((body, index) => {
    offsets.push(length);
    const part = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(part);
    length += part.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\n`,
    `startxref\n${length}\n%%EOF\n`,
  ].join('');
  parts.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
};
