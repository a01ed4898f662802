import { fileBaseName } from '../../../shared/importFiles';
import { GlossError } from '../../../shared/result';

const quoted = (name: string): string => `“${fileBaseName(name)}”`;

/** A clippings file Gloss cannot read: the message names it and says that nothing was stored. */
export const clippingsRefusal = (name: string, reason: string): GlossError =>
  new GlossError(
    'invalid_input',
    `${quoted(name)} could not be imported: ${reason}. Nothing was imported.`,
  );

export const notClippingsMessage = (name: string): string =>
  `${quoted(name)} is not a highlights export Gloss reads: choose Kindle’s “My Clippings.txt”, a KOReader highlights export (.json or .md) or a Readwise CSV export. Nothing was imported.`;

export const notClippings = (name: string): GlossError =>
  new GlossError('unsupported_file', notClippingsMessage(name));
