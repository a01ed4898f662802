import type { EntityMention, NameSpan } from '../../shared/entities';
import { groupMentions, nameMentions } from './canonical';
import { withCompanyTypes, withPossessiveNames } from './possessiveNames';
import { consistentNames } from './consistency';
import { defaultNameExtractor } from './defaultNames';
import { withoutHeadingOnlyNames } from './headingNames';
import type { ExtractOptions, ExtractResult } from './types';
import { extractValues } from './values';

export type { ExtractedEntity, ExtractOptions, ExtractResult, NameExtractor } from './types';
export { CompromiseNameExtractor } from './names/compromiseNames';

export { defaultNameExtractor } from './defaultNames';
export { nameModelPath, shippedNameModel, useNameModel } from './modelPath';

/** Texts are read in parts of about this size, cut at paragraph breaks, to report progress. */
const partSize = 40_000;

/** [start, end) parts of the text, each ending at a blank line or line break where possible. */
export const textParts = (text: string, size = partSize): Array<[number, number]> => {
  const parts: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const window = text.slice(start + size / 2, end);
      const paragraph = window.lastIndexOf('\n\n');
      const line = window.lastIndexOf('\n');
      const cut = paragraph >= 0 ? paragraph + 2 : line >= 0 ? line + 1 : -1;
      if (cut >= 0) end = start + size / 2 + cut;
    }
    parts.push([start, end]);
    start = end;
  }
  return parts;
};

const isInside = (length: number, span: NameSpan): boolean =>
  Number.isInteger(span.start) &&
  Number.isInteger(span.end) &&
  span.start >= 0 &&
  span.end <= length &&
  span.start < span.end;

/** Where two mentions overlap the one that starts first, or else the longer, is kept. */
const withoutOverlaps = (mentions: EntityMention[]): EntityMention[] => {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntityMention[] = [];
  for (const mention of sorted) {
    const last = kept.at(-1);
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
};

/**
 * The entities of a text: names from the name extractor, dates and amounts from wink-nlp,
 * merged under canonical names. Offsets are UTF-16 indexes into `text`. Synchronous and
 * CPU-bound: for long texts use `extractEntitiesInWorker` (worker.ts).
 */
export const extractEntities = (text: string, options: ExtractOptions = {}): ExtractResult => {
  const extractor = options.names ?? defaultNameExtractor();
  const parts = textParts(text);
  const names: NameSpan[] = [];
  const values: EntityMention[] = [];
  parts.forEach(([start, end], index) => {
    const part = text.slice(start, end);
    for (const span of extractor.extract(part)) {
      if (isInside(part.length, span))
        names.push({ ...span, start: span.start + start, end: span.end + start });
    }
    for (const mention of extractValues(part, options.documentDate)) {
      values.push({ ...mention, start: mention.start + start, end: mention.end + start });
    }
    options.onProgress?.(((index + 1) / parts.length) * 0.95);
  });
  const mentions = withoutOverlaps([
    ...nameMentions(
      text,
      withoutHeadingOnlyNames(
        text,
        withPossessiveNames(
          text,
          consistentNames(text, withCompanyTypes(text, names), {
            exact: extractor.exactSpans === true,
          }),
        ),
      ),
    ),
    ...values,
  ]);
  const entities = groupMentions(mentions);
  options.onProgress?.(1);
  return { mentions, entities };
};
