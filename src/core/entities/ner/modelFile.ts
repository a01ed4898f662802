/**
 * The model file: one line of JSON (the header, readable with `head -1`), then the gzipped
 * payload. The header names the format version, the feature set, the labels, the payload's
 * size and SHA-256, and where each section lies in the unzipped payload.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

export const modelFormat = 'gloss-ner';
/** Bumped whenever the file layout or the feature templates change. */
export const modelVersion = 4;

export interface SectionInfo {
  name: string;
  offset: number;
  bytes: number;
}

export interface ModelHeader {
  format: string;
  version: number;
  labels: string[];
  features: Record<string, unknown>;
  training: Record<string, unknown>;
  payload: { bytes: number; sha256: string; sections: SectionInfo[] };
}

/** What goes into the header besides the payload description, which is computed here. */
export type HeaderFields = Omit<ModelHeader, 'payload' | 'format' | 'version'>;

const align = (n: number): number => (n + 7) & ~7;

export const writeModelFile = (
  fields: HeaderFields,
  sections: Record<string, Uint8Array>,
): Buffer => {
  const infos: SectionInfo[] = [];
  let offset = 0;
  for (const [name, bytes] of Object.entries(sections)) {
    infos.push({ name, offset, bytes: bytes.byteLength });
    offset = align(offset + bytes.byteLength);
  }
  const raw = new Uint8Array(offset);
  for (const info of infos) raw.set(sections[info.name] as Uint8Array, info.offset);
  const payload = gzipSync(raw, { level: 9 });
  const header: ModelHeader = {
    format: modelFormat,
    version: modelVersion,
    ...fields,
    payload: {
      bytes: payload.byteLength,
      sha256: createHash('sha256').update(payload).digest('hex'),
      sections: infos,
    },
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), payload]);
};

export class ModelFileError extends Error {
  constructor(path: string, problem: string) {
    super(`The entity model at ${path} ${problem}`);
    this.name = 'ModelFileError';
  }
}

/*
 * zlib unzips into pieces of chunkSize (16 KB by default) and then copies them into one buffer:
 * for the 9 MB payload that took half the time of unzipping. The header says how large the
 * payload unzips (its last section's end), so the output is made one piece of that size. It is
 * only a hint: a wrong header costs more pieces (bounded here), never a wrong result.
 */
const unzippedSizeHint = (header: ModelHeader, zippedBytes: number): number => {
  const sections = Array.isArray(header.payload.sections) ? header.payload.sections : [];
  const end = Math.max(0, ...sections.map((info) => Number(info.offset) + Number(info.bytes)));
  if (!Number.isSafeInteger(end)) return 64 * 1024;
  return Math.max(64 * 1024, Math.min(end, zippedBytes * 64, 1 << 30));
};

/** Checks the header and checksum and returns the header with the unzipped sections. */
export const readModelFile = (
  path: string,
  file: Buffer,
): { header: ModelHeader; sections: Map<string, Uint8Array> } => {
  const newline = file.indexOf(0x0a);
  if (newline < 0 || newline > 1 << 20) throw new ModelFileError(path, 'has no header line.');
  let header: ModelHeader;
  try {
    header = JSON.parse(file.subarray(0, newline).toString('utf8')) as ModelHeader;
  } catch {
    throw new ModelFileError(path, 'has a header that is not valid JSON.');
  }
  if (header.format !== modelFormat) {
    throw new ModelFileError(
      path,
      `is not a Gloss entity model (format "${String(header.format)}").`,
    );
  }
  if (header.version !== modelVersion) {
    throw new ModelFileError(
      path,
      `has version ${String(header.version)}; this Gloss reads version ${modelVersion}. Rebuild it with npm run train:ner.`,
    );
  }
  const payload = file.subarray(newline + 1);
  if (payload.byteLength !== header.payload.bytes) {
    throw new ModelFileError(
      path,
      `is truncated or padded: its payload has ${payload.byteLength} bytes, the header says ${header.payload.bytes}.`,
    );
  }
  const sha256 = createHash('sha256').update(payload).digest('hex');
  if (sha256 !== header.payload.sha256) {
    throw new ModelFileError(path, 'is corrupt: its SHA-256 does not match the header.');
  }
  let raw: Buffer;
  try {
    raw = gunzipSync(payload, { chunkSize: unzippedSizeHint(header, payload.byteLength) });
  } catch (error) {
    throw new ModelFileError(path, `could not be unzipped: ${(error as Error).message}`);
  }
  const sections = new Map<string, Uint8Array>();
  for (const info of header.payload.sections) {
    if (info.offset + info.bytes > raw.byteLength) {
      throw new ModelFileError(path, `has a section "${info.name}" past the end of its payload.`);
    }
    // Views, not copies: the weights alone are megabytes. model.ts copies a section only where
    // its typed array cannot view it (an offset not a multiple of the element size).
    sections.set(info.name, raw.subarray(info.offset, info.offset + info.bytes));
  }
  return { header, sections };
};
