import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCore } from './coreChild';
import type { GlossDocument } from '../../src/shared/model';
import { canonicalText } from '../../src/shared/text';
import {
  asPlainText,
  fileInput,
  importFiles,
  versionCount,
  versionFile,
  type SoakFile,
  type TextFamily,
} from './corpus';

/**
 * The canonical text every write of the soak should leave, learned by making the same writes
 * through the contract on a scratch library first: `plain:F:V` (pasted text, or replaceText, of
 * family F's version V), `md:F:V` (its Markdown file imported or given to updateFromFile),
 * `html:F:0`, `txt:F:0`, `pdf:paper`. A document the soak finds must hold exactly one of them.
 */
export const learnExpectedTexts = async (
  families: readonly TextFamily[],
  files: readonly SoakFile[],
): Promise<Map<string, string>> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-soak-scratch-'));
  const core = await startCore(dir);
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const ack = await core.call(method, input);
    if (!ack.acked)
      throw new Error(`${method} got no answer on the scratch library. ${core.stderr()}`);
    if (!ack.result.ok)
      throw new Error(`${method} failed on the scratch library: ${ack.result.error.message}`);
    return ack.result.value;
  };
  const textOf = async (id: string): Promise<string> =>
    canonicalText(((await call('documents.get', { id })) as GlossDocument).blocks);
  const expected = new Map<string, string>();
  try {
    for (const file of files) {
      const { id } = (await call('documents.importFile', fileInput(file))) as { id: string };
      expected.set(file.key, await textOf(id));
    }
    for (const [family, { title, versions }] of families.entries()) {
      const pasted = (await call('documents.importText', {
        title,
        text: asPlainText(versions[0] as string[]),
      })) as { id: string };
      expected.set(`plain:${family}:0`, await textOf(pasted.id));
      const md = files.find((file) => file.key === `md:${family}:0`) as SoakFile;
      const imported = (await call('documents.importFile', fileInput(md))) as { id: string };
      for (let version = 1; version < versionCount; version += 1) {
        const text = asPlainText(versions[version] as string[]);
        await call('documents.replaceText', { id: pasted.id, text });
        expected.set(`plain:${family}:${version}`, await textOf(pasted.id));
        await call('documents.updateFromFile', {
          id: imported.id,
          ...fileInput(versionFile(families, family, version)),
        });
        expected.set(`md:${family}:${version}`, await textOf(imported.id));
      }
    }
    return expected;
  } finally {
    await core.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

export { importFiles };
