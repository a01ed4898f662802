import { open } from 'node:fs/promises';
import { ankiHeader } from '../../shared/export/anki';
import { csvColumns } from '../../shared/export/csv';
import { glossNamespace } from '../../shared/export/webAnnotation';
import { GlossError } from '../../shared/result';
import { fileError, pathKind } from './files';

/*
 * A JSON, CSV or Anki export may only replace a file Gloss exported before, recognised by how
 * it starts: the Web Annotation context with Gloss's namespace, the CSV header row, or the
 * Anki headers. Anything
 * else (a thesis.docx, a spreadsheet of the user's) is left byte for byte unless the caller
 * says `overwrite: true` (the Export dialog after asking, the CLI with --force).
 */

const jsonStart = new RegExp(
  String.raw`^\s*\{\s*"@context"\s*:\s*\[\s*"http://www\.w3\.org/ns/anno\.jsonld"\s*,\s*\{\s*"gloss"\s*:\s*"${glossNamespace}"`,
  'u',
);
const csvStart = `\uFEFF${csvColumns.join(',')}\r\n`;

/** Enough of a file to see how it starts. */
const headOf = async (target: string): Promise<string> => {
  try {
    const file = await open(target, 'r');
    try {
      const buffer = Buffer.alloc(512);
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await file.close();
    }
  } catch (error) {
    throw fileError(error, target);
  }
};

/** True when the file at `target` is a JSON or CSV export Gloss wrote. */
export const isGlossExportFile = async (target: string): Promise<boolean> => {
  const head = await headOf(target);
  return jsonStart.test(head) || head.startsWith(csvStart) || head.startsWith(ankiHeader);
};

export const notGlossMessage = (target: string): string =>
  `${target} is not a file Gloss exported, so Gloss left it as it was. Choose another name, or confirm that it may be replaced.`;

/** Refuses to replace an existing file Gloss did not export, unless `overwrite`. */
export const checkReplaceable = async (target: string, overwrite: boolean): Promise<void> => {
  if (overwrite || (await pathKind(target)) !== 'file') return;
  if (!(await isGlossExportFile(target))) {
    throw new GlossError('would_overwrite', notGlossMessage(target));
  }
};
