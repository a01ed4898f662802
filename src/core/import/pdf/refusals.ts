import { importFileMessages } from '../../../shared/importFiles';
import { GlossError } from '../../../shared/result';

const reasons = {
  password:
    'it is protected by a password. Open it in a PDF viewer, save a copy without one, and import that.',
  scan: 'this looks like a scan: it has no text to read. Gloss does not recognise text in images (OCR).',
  damaged: 'it is damaged or not really a PDF, and could not be read.',
} as const;

/** A PDF refused, with a message naming the file and what to do. */
export const pdfRefusal = (reason: keyof typeof reasons, name: string): GlossError =>
  new GlossError(
    reason === 'scan' ? 'empty_document' : 'unsupported_file',
    importFileMessages.other(name, reasons[reason]),
  );
