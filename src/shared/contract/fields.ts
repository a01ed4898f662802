import { z } from 'zod';
import { maxImportChars } from '../importLimits';
import type { Span } from '../span';

// Field schemas shared by several features' methods.

export const documentId = z.string().min(1).max(64);
export const recordId = z.string().min(1).max(64);
export const entityId = z.string().min(1).max(64);
const offset = z.number().int().nonnegative();

/** A range of the canonical text, in UTF-16 code units; spread into an input object. */
export const range = { start: offset, end: offset };
export const startBeforeEnd = (value: Span) => value.start < value.end;
export const emptyRange = {
  message: 'Select some text first: the range is empty.',
  path: ['end'],
};

export { maxImportChars };

export const importText = z
  .string()
  .max(maxImportChars, 'The text is larger than the 10 MB import limit.');
