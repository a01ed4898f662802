import { z } from 'zod';
import { blockKinds, blockSchema, type Block } from '../../shared/model';
import { blockSeparator } from '../../shared/text';
import { GlossError } from '../../shared/result';

/*
 * How a version's blocks are stored beside its text. The text of every block is already in
 * `body` (the blocks joined by the separator), so a block is stored as its shape alone: kind,
 * level and length. Storing the text twice doubled what a new version of a long text writes
 * (a 1 MB update wrote it four times over, with the copy in `documents`). Rows written before
 * keep their blocks with the text, and read as they are.
 */

const blockShapeSchema = z.object({
  kind: z.enum(blockKinds),
  level: z.number().int().min(1).max(6).optional(),
  length: z.number().int().nonnegative(),
});

const storedBlockSchema = z.union([blockSchema, blockShapeSchema]);
const storedBlocksSchema = z.array(storedBlockSchema);

/** The JSON stored in a `blocks` column for these blocks of `canonicalText(blocks)`. */
export const storedBlocksJson = (blocks: readonly Block[]): string =>
  JSON.stringify(
    blocks.map(({ kind, level, text }) =>
      level === undefined ? { kind, length: text.length } : { kind, level, length: text.length },
    ),
  );

const damaged = (): GlossError =>
  new GlossError(
    'storage',
    "A document's stored blocks do not fit its text: the library may be damaged.",
  );

/** The blocks of a stored version, from its `blocks` column and its text. */
export const blocksFromStored = (json: string, body: string): Block[] => {
  const stored = storedBlocksSchema.parse(JSON.parse(json));
  const blocks: Block[] = [];
  let offset = 0;
  for (const block of stored) {
    if ('text' in block) {
      blocks.push(block);
      continue;
    }
    const { length, ...shape } = block;
    if (offset + length > body.length) throw damaged();
    blocks.push({ ...shape, text: body.slice(offset, offset + length) });
    offset += length + blockSeparator.length;
  }
  const shapesOnly = stored.length > 0 && !stored.some((block) => 'text' in block);
  if (shapesOnly && offset - blockSeparator.length !== body.length) throw damaged();
  return blocks;
};
