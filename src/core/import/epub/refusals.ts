import { importFileMessages } from '../../../shared/importFiles';
import { GlossError } from '../../../shared/result';
import type { ZipRefusal } from './zipLimits';

const reasons: Record<ZipRefusal | 'drm' | 'damaged' | 'empty', string> = {
  drm: 'it is protected by DRM (its publisher encrypted the text), so Gloss cannot read it.',
  damaged: 'it is damaged or not an EPUB book: its package document could not be read.',
  empty: 'the book has no text to read.',
  not_zip: 'it is damaged or not an EPUB book: it is not a readable zip archive.',
  too_many: 'the archive holds too many files (over 10,000) to be a book; it was not unpacked.',
  too_large: 'the archive would unpack to more than 200 MB; it was not unpacked.',
  ratio: 'the archive is compressed suspiciously well, like a zip bomb; it was not unpacked.',
  path: 'the archive holds a file whose path leads outside it; it was not unpacked.',
};

/** An EPUB refused, with a message naming the file and why. */
export const epubRefusal = (reason: keyof typeof reasons, name: string): GlossError =>
  new GlossError(
    reason === 'empty' ? 'empty_document' : 'unsupported_file',
    importFileMessages.other(name, reasons[reason]),
  );
