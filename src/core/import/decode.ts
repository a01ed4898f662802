import chardet from 'chardet';
import { importFileMessages } from '../../shared/importFiles';
import { GlossError } from '../../shared/result';

/** Above this share of control characters, "text" is binary data decoded as text. */
const maxControlShare = 0.05;
/** How much of the file the binary and UTF-16 checks look at: enough to decide, quick on 20 MB. */
const sniffLength = 64 * 1024;

/**
 * chardet is unsure on short Western texts and often names a neighbour (windows-1250 for a
 * windows-1252 file). These are the encodings users actually have; one of them wins whenever
 * chardet rates it at least this share of its favourite.
 */
const westernEncodings = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15']);
const westernShare = 0.5;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

const decoderFor = (label: string): TextDecoder | null => {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
};

/**
 * UTF-16 written without a BOM (some Windows tools do): mostly-ASCII text then has a zero in
 * nearly every other byte and almost none in the rest.
 */
const bomlessUtf16 = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null => {
  const length = Math.min(bytes.length, sniffLength) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.7 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.7 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
};

const isControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
  code === 0x7f;

/** NUL characters, or more than a few other control characters, mean this is not text. */
const looksBinary = (text: string): boolean => {
  const length = Math.min(text.length, sniffLength);
  let controls = 0;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isControl(code)) controls += 1;
  }
  return controls > length * maxControlShare;
};

/** The 8-bit encoding for bytes that are not UTF-8: the document's own claim, else chardet's. */
const legacyEncoding = (bytes: Uint8Array, declared: string | undefined): string => {
  if (declared && decoderFor(declared)) return declared;
  const candidates = chardet.analyse(bytes.subarray(0, sniffLength));
  const best = candidates[0];
  if (!best) return 'windows-1252';
  const western = candidates.find(
    (candidate) =>
      westernEncodings.has(candidate.name.toLowerCase()) &&
      candidate.confidence >= best.confidence * westernShare,
  );
  const chosen = western?.name ?? best.name;
  // ISO-8859-1 is read as windows-1252 (as browsers do): it only adds characters in 0x80–0x9F.
  if (chosen.toLowerCase() === 'iso-8859-1') return 'windows-1252';
  return decoderFor(chosen) ? chosen : 'windows-1252';
};

export interface DecodeOptions {
  /** An encoding the file names for itself (an HTML `<meta charset>`), tried before guessing. */
  declaredEncoding?: string;
}

/**
 * The text of a file's bytes. A BOM decides (UTF-8, UTF-16 LE or BE); else valid UTF-8 is
 * UTF-8; else the declared or detected 8-bit encoding (Windows-1252, Latin-1, ...). Binary
 * data is refused with a message naming the file. The BOM is not part of the text.
 */
export const decodeFileText = (
  name: string,
  bytes: Uint8Array,
  { declaredEncoding }: DecodeOptions = {},
): string => {
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    const utf16 = bomlessUtf16(bytes);
    if (utf16) text = new TextDecoder(utf16).decode(bytes);
    else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        text = new TextDecoder(legacyEncoding(bytes, declaredEncoding)).decode(bytes);
      }
    }
  }
  if (looksBinary(text)) throw new GlossError('unsupported_file', importFileMessages.binary(name));
  return text;
};
